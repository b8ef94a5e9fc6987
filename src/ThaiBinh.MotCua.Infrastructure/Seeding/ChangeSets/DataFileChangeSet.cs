using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

/// <summary>A change set described by a file of Seeding/Data: its header, and the checksum of its files.</summary>
internal abstract class DataFileChangeSet(ChangeSetHeader header, params IReadOnlyList<string> inputFiles) : IReferenceChangeSet
{
    public string Id => header.Id;

    public DateOnly EffectiveFrom => header.EffectiveFrom;

    public string LegalSource => header.LegalSource;

    public string Description => header.Description;

    public virtual IReadOnlyCollection<string> Prerequisites => [];

    public string Checksum { get; } = SeedFiles.Checksum(inputFiles);

    /// <summary>The last day of the world this change set ends.</summary>
    protected DateOnly Eve => EffectiveFrom.AddDays(-1);

    public abstract Task ApplyAsync(MotCuaDbContext db, CancellationToken cancellationToken);
}
