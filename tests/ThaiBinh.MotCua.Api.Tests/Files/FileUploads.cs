using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Files;
using ThaiBinh.MotCua.Infrastructure.Files;

namespace ThaiBinh.MotCua.Api.Tests.Files;

/// <summary>Uploads over HTTP as the dossier page sends them, and what the store and the database hold afterwards.</summary>
internal static class FileUploads
{
    public static readonly byte[] PdfHead = "%PDF-1.7\n"u8.ToArray();
    public static readonly byte[] JpegHead = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];
    public static readonly byte[] PngHead = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
    public static readonly byte[] ZipHead = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00];

    /// <summary>Content starting with <paramref name="head"/> and random after it, so no earlier run stored the same bytes.</summary>
    public static byte[] Content(byte[] head, int length = 4096)
    {
        var bytes = new byte[length];
        RandomNumberGenerator.Fill(bytes);
        head.CopyTo(bytes, 0);
        return bytes;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static MultipartFormDataContent Form(
        string role, string? document, HttpContent file, string fileName, bool digitised = false, bool reused = false, bool fromNationalStore = false)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(role), "role" },
        };
        if (document is not null)
        {
            form.Add(new StringContent(document), "document");
        }

        form.Add(new StringContent(digitised ? "true" : "false"), "digitised");
        form.Add(new StringContent(reused ? "true" : "false"), "reused");
        form.Add(new StringContent(fromNationalStore ? "true" : "false"), "fromNationalStore");
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return form;
    }

    public static Task<HttpResponseMessage> UploadAsync(
        HttpClient client, string code, string role, string? document, byte[] content, string fileName, bool digitised = false) =>
        client.PostAsync($"/api/dossiers/{code}/files", Form(role, document, new ByteArrayContent(content), fileName, digitised));

    public static async Task<JsonElement> UploadOkAsync(HttpClient client, string code, string role, string document, byte[] content, string fileName, bool digitised = false)
    {
        var response = await UploadAsync(client, code, role, document, content, fileName, digitised);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The names of the documents the dossier was received with.</summary>
    public static async Task<string[]> DocumentsAsync(HttpClient client, string code) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/dossiers/{code}")).GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("name").GetString()!)];

    public static LocalFileStore Store(ApiFixture api) => (LocalFileStore)api.Factory.Services.GetRequiredService<IFileStore>();

    /// <summary>Whether the store holds content of this hash, and whether anything is left half-written in its incoming folder.</summary>
    public static bool Holds(ApiFixture api, string sha256) => File.Exists(Store(api).PathOf(sha256));

    public static int LeftIncoming(ApiFixture api)
    {
        var incoming = Path.Combine(Store(api).Root, ".incoming");
        return Directory.Exists(incoming) ? Directory.GetFiles(incoming).Length : 0;
    }

    public static async Task<long> CountAsync(ApiFixture api, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static Task<long> FileRowsAsync(ApiFixture api, string code) => CountAsync(api,
        "SELECT count(*) FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id WHERE d.code = @code", ("code", code));
}
