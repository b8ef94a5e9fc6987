namespace ThaiBinh.MotCua.Application.Supervision;

/// <summary>
/// The overdue flagging run: marks every open dossier and its current step on track, due soon,
/// overdue or paused, writes the alerts of the changes to the outbox and the day's snapshot.
/// </summary>
public interface IOverdueFlagging
{
    Task<FlaggingRun> RunAsync(CancellationToken cancellationToken);
}

/// <summary>What one run did; <see cref="Skipped"/> when another server was running it.</summary>
public sealed record FlaggingRun(DateTimeOffset At, bool Skipped, int Changed, int Alerts, int SnapshotRows);
