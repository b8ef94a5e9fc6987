using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Units;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

/// <summary>
/// A later GSO list of Thái Bình's communes against the units in force the day before: a commune no
/// longer listed closes with its desk; a renamed or moved one closes and a new version of the same code
/// opens, with a new desk that carries on the old one's dossiers; a new code opens with a desk. New desks
/// take the next free ZZ under their district's YY. The list says nothing of which commune became
/// which, so no predecessor links are recorded. Province and districts must be unchanged.
/// </summary>
internal sealed class ThaiBinhListChangeSet : DataFileChangeSet
{
    public const string FileName = "change-set.2025-03-01.thai-binh.json";

    private readonly ThaiBinhTreeManifest _manifest;

    private ThaiBinhListChangeSet(ChangeSetHeader header, ThaiBinhTreeManifest manifest)
        : base(header, FileName, manifest.UnitsFile) => _manifest = manifest;

    public static ThaiBinhListChangeSet Load() =>
        new(ChangeSetHeader.Load<ChangeSetHeader>(FileName), ChangeSetHeader.Load<ThaiBinhTreeManifest>(FileName));

    public override async Task ApplyAsync(MotCuaDbContext db, CancellationToken cancellationToken)
    {
        var tree = UnitTreeFile.Load(_manifest.UnitsFile);
        var inForce = (await db.AdministrativeUnits.ToListAsync(cancellationToken)).Where(u => u.IsInForceOn(Eve)).ToList();
        var offices = await db.Offices.ToListAsync(cancellationToken);
        var province = Single(inForce, tree.Code, _manifest.ProvinceLevel, tree.Name);
        var districts = tree.Districts.ToDictionary(d => d.Code, d => Single(inForce, d.Code, _manifest.DistrictLevel, d.Name), StringComparer.Ordinal);
        if (districts.Values.Any(d => d.ParentId != province.Id))
        {
            throw new InvalidDataException($"{Id}: a district of {tree.Code} has moved; this change set only changes communes.");
        }

        var districtIds = districts.Values.Select(d => d.Id).ToHashSet();
        var communes = inForce.Where(u => u.LevelCode == _manifest.CommuneLevel && districtIds.Contains(u.ParentId ?? Guid.Empty))
            .ToDictionary(u => u.Code, StringComparer.Ordinal);
        var listed = tree.Districts.SelectMany(d => d.Communes.Select(c => (District: districts[d.Code], Commune: c))).ToList();
        var listedCodes = listed.Select(l => l.Commune.Code).ToHashSet(StringComparer.Ordinal);

        var opening = new List<(AdministrativeUnit Unit, Office? Carried)>();
        foreach (var (district, commune) in listed)
        {
            communes.TryGetValue(commune.Code, out var current);
            if (current is not null && current.Name == commune.Name.Trim() && current.Kind == commune.Kind && current.ParentId == district.Id)
            {
                continue;
            }

            var carried = current is null ? null : CloseWithDesk(current, offices);
            opening.Add((new AdministrativeUnit(commune.Code, commune.Name, commune.Kind, _manifest.CommuneLevel, district.Id, EffectiveFrom), carried));
        }

        foreach (var gone in communes.Values.Where(c => !listedCodes.Contains(c.Code)))
        {
            CloseWithDesk(gone, offices);
        }

        // The closings first: a code has one version in force at a time (a filtered unique index).
        await db.SaveChangesAsync(cancellationToken);
        OpenWithDesks(db, opening, tree, districts, offices);
    }

    private AdministrativeUnit Single(IEnumerable<AdministrativeUnit> inForce, string code, string level, string name) =>
        inForce.SingleOrDefault(u => u.Code == code && u.LevelCode == level && u.Name == name.Trim())
            ?? throw new InvalidDataException($"{Id}: {name} ({code}) is not in force on {Eve:yyyy-MM-dd}; this change set only changes communes.");

    private Office? CloseWithDesk(AdministrativeUnit unit, IEnumerable<Office> offices)
    {
        unit.Close(Eve);
        var desk = offices.SingleOrDefault(o => o.UnitId == unit.Id && o.Kind != OfficeKind.Department && o.IsInForceOn(Eve));
        desk?.Close(Eve);
        return desk;
    }

    private void OpenWithDesks(
        MotCuaDbContext db,
        IEnumerable<(AdministrativeUnit Unit, Office? Carried)> opening,
        UnitTreeFile tree,
        IReadOnlyDictionary<string, AdministrativeUnit> districts,
        List<Office> offices)
    {
        var numbers = _manifest.DistrictAgencyNumbers(tree);
        var districtCodes = districts.ToDictionary(d => d.Value.Id, d => d.Key);
        foreach (var (unit, carried) in opening.OrderBy(o => o.Unit.Code, StringComparer.Ordinal))
        {
            db.AdministrativeUnits.Add(unit);
            var y = numbers[districtCodes[unit.ParentId!.Value]];
            var z = offices.Select(o => AgencyNames.CommuneNumber(o.Code, y, _manifest.AgencySuffix)).Max() ?? 0;
            var desk = new Office(AgencyNames.Code(z + 1, y, _manifest.AgencySuffix), AgencyNames.ReceptionUnit(unit.Name), OfficeKind.ReceptionUnit, unit.Id, EffectiveFrom);
            db.Offices.Add(desk);
            offices.Add(desk);
            carried?.CloseInFavourOf(Eve, desk);
        }
    }
}
