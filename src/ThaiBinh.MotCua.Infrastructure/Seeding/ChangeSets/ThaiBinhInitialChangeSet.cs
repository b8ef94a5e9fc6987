using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Units;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

/// <summary>
/// The first change set: the levels, Thái Bình's 2019 tree and its offices (one desk per unit, the
/// provincial centre and departments). The units and offices carry no first day (they predate our
/// records). A database loaded by the old start-up seeder holds these rows without a record: rows that
/// match by code are adopted and brought to the data, not added twice.
/// </summary>
internal sealed class ThaiBinhInitialChangeSet : DataFileChangeSet
{
    public const string FileName = "change-set.2019-12-01.thai-binh.json";

    private readonly ThaiBinhTreeManifest _manifest;

    private ThaiBinhInitialChangeSet(ChangeSetHeader header, ThaiBinhTreeManifest manifest)
        : base(header, FileName, manifest.UnitsFile) => _manifest = manifest;

    public static ThaiBinhInitialChangeSet Load() =>
        new(ChangeSetHeader.Load<ChangeSetHeader>(FileName), ChangeSetHeader.Load<ThaiBinhTreeManifest>(FileName));

    public override async Task ApplyAsync(MotCuaDbContext db, CancellationToken cancellationToken)
    {
        var tree = UnitTreeFile.Load(_manifest.UnitsFile);
        await AdoptLevelsAsync(db, cancellationToken);
        var unitIds = await AdoptUnitsAsync(db, tree, cancellationToken);
        await AdoptOfficesAsync(db, tree, unitIds, cancellationToken);
    }

    private async Task AdoptLevelsAsync(MotCuaDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.AdministrativeLevels.ToDictionaryAsync(l => l.Code, cancellationToken);
        foreach (var level in _manifest.Levels ?? throw new InvalidDataException($"{FileName} names no levels."))
        {
            if (existing.TryGetValue(level.Code, out var found))
            {
                found.Rename(level.Name);
            }
            else
            {
                db.AdministrativeLevels.Add(new AdministrativeLevel(level.Code, level.Name, level.Rank));
            }
        }
    }

    private async Task<Dictionary<string, Guid>> AdoptUnitsAsync(MotCuaDbContext db, UnitTreeFile tree, CancellationToken cancellationToken)
    {
        var existing = await db.AdministrativeUnits.Where(u => u.ValidTo == null).ToDictionaryAsync(u => u.Code, cancellationToken);
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);

        // Parents come before their children, so their ids are known.
        foreach (var (code, name, kind, level, parentCode) in Nodes(tree))
        {
            Guid? parentId = parentCode is null ? null : ids[parentCode];
            if (existing.TryGetValue(code, out var unit))
            {
                unit.Rename(name, kind);
                unit.MoveUnder(parentId);
            }
            else
            {
                unit = new AdministrativeUnit(code, name, kind, level, parentId, validFrom: null);
                db.AdministrativeUnits.Add(unit);
            }

            ids[code] = unit.Id;
        }

        return ids;
    }

    private IEnumerable<(string Code, string Name, string Kind, string Level, string? ParentCode)> Nodes(UnitTreeFile tree)
    {
        yield return (tree.Code, tree.Name, tree.Kind, _manifest.ProvinceLevel, null);
        foreach (var district in tree.Districts)
        {
            yield return (district.Code, district.Name, district.Kind, _manifest.DistrictLevel, tree.Code);
            foreach (var commune in district.Communes)
            {
                yield return (commune.Code, commune.Name, commune.Kind, _manifest.CommuneLevel, district.Code);
            }
        }
    }

    private async Task AdoptOfficesAsync(
        MotCuaDbContext db, UnitTreeFile tree, IReadOnlyDictionary<string, Guid> unitIds, CancellationToken cancellationToken)
    {
        var existing = await db.Offices.ToDictionaryAsync(o => o.Code, cancellationToken);
        foreach (var (code, name, kind, unitCode) in Offices(tree))
        {
            if (existing.TryGetValue(code, out var office))
            {
                office.Update(name, kind, unitIds[unitCode]);
            }
            else
            {
                db.Offices.Add(new Office(code, name, kind, unitIds[unitCode]));
            }
        }
    }

    /// <summary>
    /// The centre and departments 000.00.NN in the file's order; district desks 000.00.YY, YY by GSO
    /// code; commune desks 000.ZZ.YY, ZZ by GSO code within their district.
    /// </summary>
    private IEnumerable<(string Code, string Name, OfficeKind Kind, string UnitCode)> Offices(UnitTreeFile tree)
    {
        var suffix = _manifest.AgencySuffix;
        foreach (var office in _manifest.ProvincialOffices ?? throw new InvalidDataException($"{FileName} names no provincial offices."))
        {
            yield return (AgencyNames.Code(0, office.Number, suffix), office.Name, office.Kind, tree.Code);
        }

        var numbers = _manifest.DistrictAgencyNumbers(tree);
        foreach (var district in tree.Districts)
        {
            var y = numbers[district.Code];
            yield return (AgencyNames.Code(0, y, suffix), AgencyNames.ReceptionUnit(district.Name), OfficeKind.ReceptionUnit, district.Code);
            var communes = district.Communes.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
            for (var z = 1; z <= communes.Count; z++)
            {
                var commune = communes[z - 1];
                yield return (AgencyNames.Code(z, y, suffix), AgencyNames.ReceptionUnit(commune.Name), OfficeKind.ReceptionUnit, commune.Code);
            }
        }
    }
}
