using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests.Files;

/// <summary>
/// The API as a process of its own whose GC heap may not pass 192 MiB, receiving a 400 MB file:
/// it can only succeed if the upload is streamed from the socket to the store, never held whole.
/// </summary>
public sealed class StreamingUnderMemoryLimitTests
{
    private const long HeapLimit = 0xC000000; // 192 MiB
    private const long FileLength = 400L * 1000 * 1000;

    [Fact]
    public async Task A_file_larger_than_the_process_may_hold_is_streamed_to_the_store_with_its_hash_and_length()
    {
        await using var database = await TestDatabase.CreateAsync();
        var root = Path.Combine(Path.GetTempPath(), "motcua-stream-test-" + Guid.NewGuid().ToString("N")[..12]);
        await using var process = await ApiProcess.StartAsync(database.ConnectionString, new Dictionary<string, string>
        {
            ["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimit.ToString("X", System.Globalization.CultureInfo.InvariantCulture),
            ["Files:Root"] = root,
            ["Files:MaxFileBytes"] = (FileLength + 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Files:MaxDossierBytes"] = (FileLength + 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Hangfire:ServerEnabled"] = "false",
        });
        try
        {
            using var client = await SignedInAsync(process, "phuong.tiepnhan");
            var received = await client.PostAsJsonAsync("/api/dossiers", await WorkflowClient.ReceiptBodyAsync(client, "1.001193"));
            Assert.True(received.StatusCode == HttpStatusCode.Created, await received.Content.ReadAsStringAsync());
            var dossier = await received.Content.ReadFromJsonAsync<JsonElement>();
            var document = (await FileUploads.DocumentsAsync(client, dossier.Code()))[0];
            var content = new GeneratedPdfContent(FileLength, seed: 20250602);

            var response = await client.PostAsync($"/api/dossiers/{dossier.Code()}/files", FileUploads.Form("submitted", document, content, "ho-so-quet.pdf", digitised: true));

            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{process.Output}");
            var file = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(FileLength, file.GetProperty("length").GetInt64());
            Assert.Equal(content.Sha256, file.GetProperty("sha256").GetString());
            var stored = new FileInfo(Path.Combine(root, content.Sha256[..2], content.Sha256[2..4], content.Sha256));
            Assert.True(stored.Exists);
            Assert.Equal(FileLength, stored.Length);
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>A client with time enough for 400 MB on a shared machine (the process's own clients give a minute).</summary>
    private static async Task<HttpClient> SignedInAsync(ApiProcess process, string username)
    {
        var client = new HttpClient { BaseAddress = process.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = ApiFixture.DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<ApiFixture.TokenBody>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }
}
