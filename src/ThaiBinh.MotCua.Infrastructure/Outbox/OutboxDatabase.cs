using Npgsql;

namespace ThaiBinh.MotCua.Infrastructure.Outbox;

/// <summary>
/// The relay's own connections, apart from the request's unit of work: a planner may read through
/// the scope's context while the relay holds its planning transaction open on another connection.
/// </summary>
public sealed class OutboxDatabase(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _source = new NpgsqlDataSourceBuilder(
        new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "motcua-outbox" }.ConnectionString).Build();

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => _source.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
