using System.Net;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

public sealed class OpenApiTests(ApiFixture api) : ApiTest
{
    [Fact]
    public async Task The_document_lists_sign_in_and_declares_the_bearer_token()
    {
        using var client = api.CreateClient();

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/auth/token", out _));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task The_browsable_ui_is_served()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
