namespace ThaiBinh.MotCua.Infrastructure.Persistence;

/// <summary>
/// The connection was lost while a transaction committed: the server may or may not have kept it.
/// Never retried by the execution strategy; the client, told so, checks or resends with its
/// Idempotency-Key.
/// </summary>
public sealed class CommitOutcomeUnknownException(Exception inner)
    : Exception("The connection to the database was lost while committing; the outcome is unknown.", inner);
