using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// The real API host, in the Testing environment, over a database of the test run's own, with a
/// clock the tests move. One host per test run: Hangfire keeps process-wide state (its storage and
/// logger), which a second host in the same process would leave pointing at a disposed one.
/// </summary>
public sealed class MotCuaApiFactory(
    string connectionString, string publicBaseUrl = "http://localhost", IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string SigningKey = "test-signing-key-for-the-api-tests-0123456789";

    /// <summary>A route that fails the way a bug would, for the error-handling tests.</summary>
    public const string FailingPath = "/test/loi-bat-ngo";

    public const string FailureSecret = "connection-password-in-an-exception";

    /// <summary>The one reverse proxy the test host believes X-Forwarded-* from (a TEST-NET-2 address).</summary>
    public const string TrustedProxy = "198.51.100.1";

    public FakeTimeProvider Clock { get; } = new(TestStart.Value);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:MotCua", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:DemoUsersFile", RepositoryFiles.DemoUsersPath);
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Hangfire:QueuePollIntervalSeconds", "1");
        builder.UseSetting("Forms:PublicBaseUrl", publicBaseUrl);
        builder.UseSetting("ReverseProxy:KnownProxies:0", TrustedProxy);
        builder.UseSetting("Supervision:FlaggingCron", Hangfire.Cron.Never()); // tests run the flagging themselves
        builder.UseSetting("Outbox:WorkerEnabled", "false"); // tests run the delivery themselves
        builder.UseSetting("Outbox:MaxAttempts", "3");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, FailingRouteFilter>();
            services.AddSingleton<IStartupFilter, ClientAddressFilter>();
        });
    }

    /// <summary>Header a test sets to be seen as coming from another address (the test server has none).</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, following) =>
            {
                if (System.Net.IPAddress.TryParse(http.Request.Headers[ClientAddressHeader], out var address))
                {
                    http.Connection.RemoteIpAddress = address;
                }

                return following(http);
            });
            next(app);
        };
    }

    private sealed class FailingRouteFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map(FailingPath, branch => branch.Run(_ => throw new InvalidOperationException(FailureSecret)));
        };
    }
}
