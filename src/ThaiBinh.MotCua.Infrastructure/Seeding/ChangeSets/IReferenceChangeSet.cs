using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

/// <summary>
/// A dated, append-only change of the reference data (units, offices, procedures, calendar notices),
/// applied once and recorded. A correction is a new change set, never an edit of an applied one.
/// </summary>
internal interface IReferenceChangeSet
{
    /// <summary>"2025-07-01.hung-yen": the effective date, then what changes.</summary>
    string Id { get; }

    DateOnly EffectiveFrom { get; }

    /// <summary>The legal act or official list the change comes from.</summary>
    string LegalSource { get; }

    string Description { get; }

    /// <summary>Ids of change sets that must be applied first, whatever their dates.</summary>
    IReadOnlyCollection<string> Prerequisites { get; }

    /// <summary>SHA-256 (hex) of the input the change set is made from.</summary>
    string Checksum { get; }

    /// <summary>Writes the change through <paramref name="db"/>; the runner saves and commits.</summary>
    Task ApplyAsync(MotCuaDbContext db, CancellationToken cancellationToken);
}
