using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>Drives dossiers over HTTP the way the desk screens do.</summary>
public sealed class WorkflowClient(ApiFixture api)
{
    public const string CitizenId = "034090001234";
    public const string Phone = "0912345678";

    private readonly Dictionary<string, HttpClient> _clients = [];

    public async Task<HttpClient> As(string username)
    {
        if (!_clients.TryGetValue(username, out var client))
        {
            client = await api.CreateClientSignedInAsAsync(username);
            _clients[username] = client;
        }

        return client;
    }

    /// <summary>A complete receipt body for the procedure: every unconditional document it requires.</summary>
    public Task<Dictionary<string, object?>> ReceiptBodyAsync(string procedureCode, string? level = null) =>
        ReceiptBodyAsync(api.CreateClient(), procedureCode, level);

    /// <summary>The same, with the catalogue read through <paramref name="client"/> (any host).</summary>
    public static async Task<Dictionary<string, object?>> ReceiptBodyAsync(HttpClient client, string procedureCode, string? level = null)
    {
        var query = level is null ? $"/api/procedures?code={procedureCode}" : $"/api/procedures?code={procedureCode}&level={level}";
        var procedure = (await client.GetFromJsonAsync<JsonElement>(query)).EnumerateArray().First();
        var documents = procedure.GetProperty("requiredDocuments").EnumerateArray()
            .Where(d => !d.GetProperty("conditional").GetBoolean())
            .Select(d => new { name = d.GetProperty("name").GetString(), copies = d.GetProperty("copies").GetInt32(), original = d.GetProperty("original").GetBoolean() })
            .ToList();
        return new Dictionary<string, object?>
        {
            ["procedureCode"] = procedureCode,
            ["procedureLevel"] = level,
            ["applicant"] = new { fullName = "Nguyễn Văn Ấn", citizenId = CitizenId, birthDate = "1990-05-01", phone = Phone, email = "an@example.vn", address = "Phường Lê Hồng Phong, TP Thái Bình" },
            ["documents"] = documents,
            ["channel"] = "direct",
            ["resultDelivery"] = "desk",
            ["note"] = "Nộp trực tiếp tại bộ phận một cửa",
        };
    }

    public async Task<JsonElement> ReceiveAsync(string username, string procedureCode, string? level = null)
    {
        var response = await (await As(username)).PostAsJsonAsync("/api/dossiers", await ReceiptBodyAsync(procedureCode, level));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<HttpResponseMessage> ActAsync(string username, string code, string action, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/dossiers/{code}/{action}") { Content = JsonContent.Create(body ?? new { }) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await (await As(username)).SendAsync(request);
    }

    /// <summary>Acts and expects success; answers the dossier as it now is.</summary>
    public async Task<JsonElement> DoAsync(string username, string code, string action, object? body = null)
    {
        var response = await ActAsync(username, code, action, body);
        Assert.True(response.IsSuccessStatusCode, $"{username} {action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> GetAsync(string username, string code) =>
        await (await As(username)).GetFromJsonAsync<JsonElement>($"/api/dossiers/{code}");

    /// <summary>The moves the officer may make on the dossier now, and why not the others.</summary>
    public async Task<JsonElement[]> MovesAsync(string username, string code) =>
        [.. (await (await As(username)).GetFromJsonAsync<JsonElement>($"/api/dossiers/{code}/moves")).EnumerateArray()];

    /// <summary>What the calendar endpoint says the due moment is: the tests' independent check.</summary>
    public async Task<DateTimeOffset> DeadlineAsync(DateTimeOffset from, string limit)
    {
        var url = $"/api/calendar/deadline?from={Uri.EscapeDataString(from.ToString("O"))}&{limit}";
        return (await api.CreateClient().GetFromJsonAsync<JsonElement>(url)).GetProperty("dueAt").GetDateTimeOffset();
    }
}

public static class DossierJson
{
    public static string Code(this JsonElement dossier) => dossier.Summary().GetProperty("code").GetString()!;

    public static JsonElement Summary(this JsonElement dossier) => dossier.TryGetProperty("summary", out var summary) ? summary : dossier;

    public static int StatusCode(this JsonElement dossier) => dossier.Summary().GetProperty("status").GetProperty("code").GetInt32();

    public static int Version(this JsonElement dossier) => dossier.Summary().GetProperty("version").GetInt32();

    public static string StepKind(this JsonElement dossier) => dossier.Summary().GetProperty("currentStep").GetProperty("kind").GetString()!;

    public static string CurrentOffice(this JsonElement dossier) => dossier.Summary().GetProperty("currentOffice").GetProperty("code").GetString()!;

    public static DateTimeOffset DueAt(this JsonElement dossier) => dossier.Summary().GetProperty("dueAt").GetDateTimeOffset();

    public static DateTimeOffset ReceivedAt(this JsonElement dossier) => dossier.Summary().GetProperty("receivedAt").GetDateTimeOffset();
}
