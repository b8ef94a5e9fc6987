using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests.Dossiers;

/// <summary>
/// The API of the very host the browser talks to, over real HTTP with bearer tokens: how a test
/// arranges a dossier without clicking, and how it checks what the pages did.
/// </summary>
public sealed class DossierApi(WebFixture web)
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    public async Task<HttpClient> As(string username)
    {
        if (!_clients.TryGetValue(username, out var client))
        {
            client = new HttpClient { BaseAddress = web.BaseAddress };
            var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = ApiFixture.DemoPassword });
            response.EnsureSuccessStatusCode();
            var token = (await response.Content.ReadFromJsonAsync<ApiFixture.TokenBody>())!;
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
            _clients[username] = client;
        }

        return client;
    }

    /// <summary>Receives a complete dossier of the procedure at the officer's desk; answers its code.</summary>
    public async Task<string> ReceiveAsync(string username, string procedureCode)
    {
        var client = await As(username);
        var response = await client.PostAsJsonAsync("/api/dossiers", await WorkflowClient.ReceiptBodyAsync(client, procedureCode));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Code();
    }

    public async Task DoAsync(string username, string code, string action, object? body = null)
    {
        var response = await (await As(username)).PostAsJsonAsync($"/api/dossiers/{code}/{action}", body ?? new { });
        Assert.True(response.IsSuccessStatusCode, $"{username} {action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task<JsonElement> GetAsync(string username, string code) =>
        await (await As(username)).GetFromJsonAsync<JsonElement>($"/api/dossiers/{code}");

    /// <summary>The moves the server would accept from this officer now; null when the officer cannot see the dossier.</summary>
    public async Task<string[]?> AllowedMovesAsync(string username, string code)
    {
        var response = await (await As(username)).GetAsync($"/api/dossiers/{code}/moves");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return
        [
            .. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
                .Where(m => m.GetProperty("allowed").GetBoolean())
                .Select(m => m.GetProperty("action").GetString()!),
        ];
    }

    public async Task<DateTimeOffset> DeadlineAsync(DateTimeOffset from, string limit)
    {
        var url = $"/api/calendar/deadline?from={Uri.EscapeDataString(from.ToString("O"))}&{limit}";
        return (await (await As("tinh.tiepnhan")).GetFromJsonAsync<JsonElement>(url)).GetProperty("dueAt").GetDateTimeOffset();
    }
}
