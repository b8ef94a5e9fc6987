using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>One database and one API host shared by every test of the "api" collection.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string DemoPassword = "MotCua@2026";

    private TestDatabase? _database;
    private MotCuaApiFactory? _factory;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TokenBody> _tokens = new();

    public MotCuaApiFactory Factory => _factory ?? throw new InvalidOperationException("Fixture not initialised.");

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _factory = new MotCuaApiFactory(_database.ConnectionString);
        _factory.CreateClient().Dispose(); // starts the host: migrations and seed data run here
    }

    public HttpClient CreateClient() => Factory.CreateClient();

    /// <summary>
    /// A client carrying the bearer token of a demo user. Tokens are reused while the test clock leaves
    /// them an hour of life: signing in hashes a password, which is slow on purpose.
    /// </summary>
    public async Task<HttpClient> CreateClientSignedInAsAsync(string username)
    {
        var client = CreateClient();
        if (!_tokens.TryGetValue(username, out var token) || token.ExpiresAt - Factory.Clock.GetUtcNow() < TimeSpan.FromHours(1))
        {
            var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = DemoPassword });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<TokenBody>())!;
            _tokens[username] = token;
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
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
    }

    public sealed record TokenBody(string AccessToken, string TokenType, DateTimeOffset ExpiresAt);
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
