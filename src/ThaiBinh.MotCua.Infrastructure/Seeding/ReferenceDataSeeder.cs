using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Units;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Seeding;

/// <summary>
/// Loads the levels, the unit tree and the offices. Re-runnable: rows are matched by code and
/// brought up to date, never duplicated; rows it does not know, and units a reorganisation closed,
/// are left alone.
/// </summary>
internal sealed class ReferenceDataSeeder(MotCuaDbContext db, ILogger<ReferenceDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var tree = UnitTreeFile.Load(UnitTreeFile.ThaiBinh2019);

        await SeedLevelsAsync(cancellationToken);
        var unitIds = await SeedUnitsAsync(ThaiBinhReferenceData.Units(tree), cancellationToken);
        await SeedOfficesAsync(ThaiBinhReferenceData.Offices(tree), unitIds, cancellationToken);

        var changes = await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation(
            "Reference data loaded: {UnitCount} units, {ChangedRows} rows added or updated", unitIds.Count, changes);
    }

    private async Task SeedLevelsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.AdministrativeLevels.ToDictionaryAsync(l => l.Code, cancellationToken);
        foreach (var seed in ThaiBinhReferenceData.Levels)
        {
            if (existing.TryGetValue(seed.Code, out var level))
            {
                level.Rename(seed.Name);
            }
            else
            {
                db.AdministrativeLevels.Add(new AdministrativeLevel(seed.Code, seed.Name, seed.Rank));
            }
        }
    }

    private async Task<Dictionary<string, Guid>> SeedUnitsAsync(IEnumerable<UnitSeed> seeds, CancellationToken cancellationToken)
    {
        // The latest version of each code: a unit closed by a reorganisation stays closed.
        var existing = (await db.AdministrativeUnits.ToListAsync(cancellationToken))
            .GroupBy(u => u.Code)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.ValidTo ?? DateOnly.MaxValue).Last());
        var ids = new Dictionary<string, Guid>();

        // Parents come before their children in the seed order, so their ids are already known.
        foreach (var seed in seeds)
        {
            Guid? parentId = seed.ParentCode is null ? null : ids[seed.ParentCode];
            if (existing.TryGetValue(seed.Code, out var unit))
            {
                if (unit.ValidTo is null)
                {
                    unit.Rename(seed.Name, seed.Kind);
                    unit.MoveUnder(parentId);
                }
            }
            else
            {
                unit = new AdministrativeUnit(seed.Code, seed.Name, seed.Kind, seed.LevelCode, parentId, validFrom: null);
                db.AdministrativeUnits.Add(unit);
            }

            ids[seed.Code] = unit.Id;
        }

        return ids;
    }

    private async Task SeedOfficesAsync(
        IEnumerable<OfficeSeed> seeds, IReadOnlyDictionary<string, Guid> unitIds, CancellationToken cancellationToken)
    {
        var existing = await db.Offices.ToDictionaryAsync(o => o.Code, cancellationToken);
        foreach (var seed in seeds)
        {
            var unitId = unitIds[seed.UnitCode];
            if (existing.TryGetValue(seed.Code, out var office))
            {
                office.Update(seed.Name, seed.Kind, unitId);
            }
            else
            {
                db.Offices.Add(new Office(seed.Code, seed.Name, seed.Kind, unitId));
            }
        }
    }
}
