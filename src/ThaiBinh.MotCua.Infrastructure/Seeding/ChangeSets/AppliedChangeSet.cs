namespace ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

/// <summary>
/// The record that a reference change set was applied (table reference_change_sets), as
/// __ef_migrations_history records migrations: a change set with a record is never applied again.
/// </summary>
internal sealed class AppliedChangeSet
{
    public const int MaxIdLength = 64;

    private AppliedChangeSet()
    {
        Id = string.Empty;
        LegalSource = string.Empty;
        Description = string.Empty;
        Checksum = string.Empty;
    }

    public AppliedChangeSet(IReferenceChangeSet changeSet, DateTimeOffset appliedAt)
    {
        Id = changeSet.Id;
        EffectiveFrom = changeSet.EffectiveFrom;
        LegalSource = changeSet.LegalSource;
        Description = changeSet.Description;
        Checksum = changeSet.Checksum;
        AppliedAt = appliedAt;
    }

    public string Id { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public string LegalSource { get; private set; }

    public string Description { get; private set; }

    /// <summary>SHA-256 of the change set's input as it was when applied.</summary>
    public string Checksum { get; private set; }

    public DateTimeOffset AppliedAt { get; private set; }
}
