using Npgsql;

namespace ThaiBinh.MotCua.Infrastructure.Persistence;

/// <summary>
/// Tells a failure of the database's reachability (refused or dropped connections, connection and
/// pool timeouts, a server restarting or out of connections: Npgsql's transient errors, also when
/// wrapped by EF or by retries given up on them) from a failure of the request.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>True when the exception, or one it wraps, says the database could not be reached or used just now.</summary>
    public static bool Explains(Exception exception) =>
        Chain(exception).Any(e => e is NpgsqlException { IsTransient: true });

    /// <summary>True when the connection itself was lost or never made, as opposed to a statement the server refused.</summary>
    internal static bool IsLostConnection(Exception exception) =>
        Chain(exception).Any(e => e is NpgsqlException { IsTransient: true } and not PostgresException
            || e is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow });

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
