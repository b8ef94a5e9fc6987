using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>Configuration mistakes that must stop the host before it serves anything.</summary>
public sealed class StartupTests
{
    [Fact]
    public void Production_without_a_signing_key_refuses_to_start()
    {
        using var factory = Host("Production", ("ConnectionStrings:MotCua", "Host=127.0.0.1;Database=unused"));

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("Auth:SigningKey", error.Message);
    }

    [Fact]
    public void Production_with_a_short_signing_key_refuses_to_start()
    {
        using var factory = Host(
            "Production",
            ("ConnectionStrings:MotCua", "Host=127.0.0.1;Database=unused"),
            ("Auth:SigningKey", "too-short"));

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("at least 32 characters", error.Message);
    }

    [Fact]
    public void Production_never_loads_the_development_accounts()
    {
        using var factory = Host(
            "Production",
            ("ConnectionStrings:MotCua", "Host=127.0.0.1;Database=unused"),
            ("Auth:SigningKey", "a-production-signing-key-of-enough-length-0123"),
            ("Database:DemoUsersFile", "../../deploy/demo-users.json"));

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("Database:DemoUsersFile", error.Message);
    }

    private static WebApplicationFactory<Program> Host(string environment, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
