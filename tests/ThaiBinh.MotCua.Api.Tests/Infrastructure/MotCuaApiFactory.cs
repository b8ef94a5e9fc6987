using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>The real API host, in the Testing environment, over a database of the test run's own.</summary>
public sealed class MotCuaApiFactory(string connectionString) : WebApplicationFactory<Program>
{
    public const string SigningKey = "test-signing-key-for-the-api-tests-0123456789";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:MotCua", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:DemoUsersFile", RepositoryFiles.DemoUsersPath);
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Hangfire:QueuePollIntervalSeconds", "1");
    }
}
