namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// Base of every test class of the "api" collection: the class joins the collection and, before its
/// first test, finds the database as seeded and the clock at <see cref="TestStart"/>, whatever the
/// classes before it left. A new class opts in by deriving from it.
/// </summary>
[Collection(ApiCollection.Name)]
public abstract class ApiTest : IClassFixture<FreshStart>;

/// <summary>Created by xunit once per test class, before the class's first test.</summary>
public sealed class FreshStart(ApiFixture api) : IAsyncLifetime
{
    public Task InitializeAsync() => api.StartClassAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
