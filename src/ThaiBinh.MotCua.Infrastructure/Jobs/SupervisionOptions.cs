namespace ThaiBinh.MotCua.Infrastructure.Jobs;

/// <summary>Configuration section "Supervision".</summary>
public sealed class SupervisionOptions
{
    public const string Section = "Supervision";

    /// <summary>When the overdue flagging runs (cron, Vietnam time); every five minutes by default.</summary>
    public string FlaggingCron { get; init; } = "*/5 * * * *";
}
