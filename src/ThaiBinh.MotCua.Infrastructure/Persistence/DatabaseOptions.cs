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
}
