namespace ThaiBinh.MotCua.Application.Admin.HandOver;

/// <summary>
/// Finds, in the database, the open dossiers that a hand-over must touch: those whose current step
/// or a step still ahead lies at one of the closed offices (the steps are a JSON column).
/// </summary>
public interface IHandOverCandidates
{
    Task<IReadOnlyList<Guid>> FindAsync(IReadOnlyCollection<Guid> closedOffices, CancellationToken cancellationToken);
}
