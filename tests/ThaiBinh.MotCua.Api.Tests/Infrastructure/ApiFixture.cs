using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// One database and one API host shared by every test of the "api" collection; each test class starts
/// from the database as seeded and the clock at <see cref="TestStart"/> (see <see cref="ApiTest"/>).
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string DemoPassword = "MotCua@2026";

    private TestDatabase? _database;
    private TestSimulators? _simulators;
    private MotCuaApiFactory? _factory;
    private DatabaseBaseline? _baseline;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CachedToken> _tokens = new();

    public MotCuaApiFactory Factory => _factory ?? throw new InvalidOperationException("Fixture not initialised.");

    /// <summary>The outside systems the host's adapters are pointed at.</summary>
    public TestSimulators Simulators => _simulators ?? throw new InvalidOperationException("Fixture not initialised.");

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _simulators = await TestSimulators.StartAsync();
        _factory = new MotCuaApiFactory(_database.ConnectionString, settings: _simulators.Settings);
        _factory.CreateClient().Dispose(); // starts the host: migrations and seed data run here
        _baseline = await DatabaseBaseline.CaptureAsync(_database.ConnectionString);
    }

    /// <summary>
    /// Puts the database back as seeded and the clock back at <see cref="TestStart"/>; the calendar the
    /// host keeps in memory is dropped, since it may hold a day a previous class corrected.
    /// </summary>
    public async Task StartClassAsync()
    {
        await (_baseline ?? throw new InvalidOperationException("Fixture not initialised.")).RestoreAsync();
        Factory.Clock.AdjustTime(TestStart.Value);
        Factory.Services.GetRequiredService<ICalendarProvider>().Invalidate();
    }

    public HttpClient CreateClient() => Factory.CreateClient();

    /// <summary>
    /// A client carrying the bearer token of a demo user. Tokens are reused while the test clock leaves
    /// them an hour of life: signing in hashes a password, which is slow on purpose. A token issued
    /// later than the clock now shows (before a class put the clock back) is not yet valid: signed anew.
    /// </summary>
    public async Task<HttpClient> CreateClientSignedInAsAsync(string username)
    {
        var client = CreateClient();
        var now = Factory.Clock.GetUtcNow();
        if (!_tokens.TryGetValue(username, out var token) || token.IssuedAt > now || token.Body.ExpiresAt - now < TimeSpan.FromHours(1))
        {
            var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = DemoPassword });
            response.EnsureSuccessStatusCode();
            token = new CachedToken((await response.Content.ReadFromJsonAsync<TokenBody>())!, now);
            _tokens[username] = token;
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Body.AccessToken);
        return client;
    }

    /// <summary>How many dossiers the database holds: what a refused receipt must leave unchanged.</summary>
    public async Task<int> CountDossiersAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers.CountAsync();
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (_simulators is not null)
        {
            await _simulators.DisposeAsync();
        }
    }

    public sealed record TokenBody(string AccessToken, string TokenType, DateTimeOffset ExpiresAt);

    private sealed record CachedToken(TokenBody Body, DateTimeOffset IssuedAt);
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
