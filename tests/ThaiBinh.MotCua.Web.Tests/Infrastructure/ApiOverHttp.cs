using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests.Infrastructure;

/// <summary>
/// Arranges state without clicking: the API of the very host the browser uses, over real HTTP with a
/// demo officer's bearer token.
/// </summary>
public static class ApiOverHttp
{
    public static async Task<HttpClient> SignedInAsync(WebFixture web, string username)
    {
        var client = new HttpClient { BaseAddress = web.BaseAddress };
        var token = await client.PostAsJsonAsync("/api/auth/token", new { username, password = ApiFixture.DemoPassword });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>Receives a complete dossier of <paramref name="procedureCode"/> for <see cref="WorkflowClient"/>'s applicant.</summary>
    public static async Task<JsonElement> ReceiveAsync(HttpClient desk, string procedureCode)
    {
        var response = await desk.PostAsJsonAsync("/api/dossiers", await WorkflowClient.ReceiptBodyAsync(desk, procedureCode));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
