using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests.Infrastructure;

/// <summary>
/// Arranges dossiers through the API of the host the browser uses, over real HTTP with a bearer token,
/// so a test reaches the state it needs without clicking through other screens.
/// </summary>
public sealed class ApiOverHttp(WebFixture web)
{
    /// <summary>A client signed in now: a token taken before the fake clock moved on may have expired.</summary>
    public async Task<HttpClient> AsAsync(string username)
    {
        var client = new HttpClient { BaseAddress = web.BaseAddress };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = ApiFixture.DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Receives a complete dossier at <paramref name="username"/>'s desk; answers its summary.</summary>
    public async Task<JsonElement> ReceiveAsync(string username, string procedureCode)
    {
        using var client = await AsAsync(username);
        var response = await client.PostAsJsonAsync("/api/dossiers", await WorkflowClient.ReceiptBodyAsync(client, procedureCode));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> DoAsync(string username, string code, string action, object? body = null)
    {
        using var client = await AsAsync(username);
        var response = await client.PostAsJsonAsync($"/api/dossiers/{code}/{action}", body ?? new { });
        Assert.True(response.IsSuccessStatusCode, $"{username} {action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
