namespace ThaiBinh.MotCua.Infrastructure.Persistence;

/// <summary>Configuration section "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply pending migrations and load the reference data when the host starts.</summary>
    public bool MigrateOnStartup { get; init; }

    /// <summary>
    /// Path of the development accounts file (deploy/demo-users.json), relative to the content root.
    /// Honoured only in the Development and Testing environments.
    /// </summary>
    public string? DemoUsersFile { get; init; }

    /// <summary>
    /// How many times a statement or transaction that failed for a transient reason (the database
    /// unreachable, restarting, out of connections) is tried again before the request gives up with 503.
    /// 0 turns retrying off.
    /// </summary>
    public int MaxRetryCount { get; init; } = 3;

    /// <summary>The longest pause between two tries (they back off exponentially up to it).</summary>
    public double MaxRetryDelaySeconds { get; init; } = 2;

    /// <summary>
    /// How many statements each pooled connection keeps prepared (Npgsql's <c>Max Auto Prepare</c>): a
    /// statement run twice on a connection is prepared there, and later runs skip PostgreSQL's parse and
    /// plan. The hot paths have a few dozen distinct statements; 0 turns preparing off.
    /// </summary>
    public int MaxAutoPrepare { get; init; } = 64;
}
