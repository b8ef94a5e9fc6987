namespace ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

/// <summary>
/// The change sets shipped in Seeding/Data. Append a new one here (and its file); never edit one that
/// has shipped: databases that applied it keep what it did, and a correction is a change set of its own.
/// </summary>
internal static class ShippedChangeSets
{
    public static IEnumerable<IReferenceChangeSet> All(TimeProvider clock)
    {
        IReferenceChangeSet[] tree = [ThaiBinhInitialChangeSet.Load(), ThaiBinhListChangeSet.Load(), HungYenChangeSet.Load()];
        foreach (var changeSet in tree)
        {
            yield return changeSet;
        }

        yield return CalendarNoticesChangeSet.Load(clock);

        // Procedures of a day wait for the tree of that day (and always for the first: the levels).
        foreach (var group in ProcedureCatalogueEntry.LoadByValidFrom())
        {
            yield return new ProcedureCatalogueChangeSet(
                group, [.. tree.Where((t, i) => i == 0 || t.EffectiveFrom <= group.ValidFrom).Select(t => t.Id)]);
        }
    }
}
