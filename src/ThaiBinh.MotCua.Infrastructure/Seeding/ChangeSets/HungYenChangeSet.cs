using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Units;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

/// <summary>
/// The two-level province: every unit and office of the closed province in force on the eve closes
/// that day; the new province and its communes open, each commune linked to the closed communes it
/// continues (predecessors of the other old province are not in our tree and are skipped); the new
/// provincial offices and a service centre per commune open, and each closed office names the one that
/// carries on: a provincial office the new office that "succeeds" it in the file, a commune desk the
/// centre of the commune continuing its unit, a district desk the centre continuing its seat's commune.
/// The procedures of the levels it abolishes end on the eve.
/// </summary>
internal sealed class HungYenChangeSet : DataFileChangeSet
{
    public const string FileName = "change-set.2025-07-01.hung-yen.json";

    private readonly HungYenManifest _manifest;

    private HungYenChangeSet(ChangeSetHeader header, HungYenManifest manifest)
        : base(header, FileName, manifest.UnitsFile) => _manifest = manifest;

    public static HungYenChangeSet Load() =>
        new(ChangeSetHeader.Load<ChangeSetHeader>(FileName), ChangeSetHeader.Load<HungYenManifest>(FileName));

    public override async Task ApplyAsync(MotCuaDbContext db, CancellationToken cancellationToken)
    {
        var file = ChangeSetHeader.Load<HungYenUnitsFile>(_manifest.UnitsFile);
        var units = await db.AdministrativeUnits.ToListAsync(cancellationToken);
        var closing = ClosingTree(units);
        var closingOffices = (await db.Offices.ToListAsync(cancellationToken))
            .Where(o => o.IsInForceOn(Eve) && closing.ContainsKey(o.UnitId)).ToList();
        foreach (var unit in closing.Values)
        {
            unit.Close(Eve);
        }

        // The closings first: the new communes reuse the closed ones' codes (a filtered unique index).
        await db.SaveChangesAsync(cancellationToken);

        var oldProvince = closing.Values.Single(u => u.ParentId is null);
        var province = new AdministrativeUnit(file.Province.Code, file.Province.Name, _manifest.ProvinceKind, _manifest.ProvinceLevel, null, EffectiveFrom);
        db.AdministrativeUnits.Add(province);
        db.UnitPredecessors.Add(new UnitPredecessor(province.Id, oldProvince.Id));

        var oldCommunes = closing.Values.Where(u => u.LevelCode == _manifest.CommuneLevel).ToDictionary(u => u.Code, StringComparer.Ordinal);
        var centreOfOld = new Dictionary<string, Office>(StringComparer.Ordinal);
        for (var n = 1; n <= file.Communes.Count; n++)
        {
            var entry = file.Communes[n - 1];
            var commune = new AdministrativeUnit(entry.Code, entry.Name, AgencyNames.UpperFirst(entry.Type), _manifest.CommuneLevel, province.Id, EffectiveFrom);
            var centre = new Office(_manifest.CommuneCentres.Code(n, _manifest.AgencySuffix), AgencyNames.ServiceCentre(entry.Name), OfficeKind.ServiceCentre, commune.Id, EffectiveFrom);
            db.AdministrativeUnits.Add(commune);
            db.Offices.Add(centre);
            foreach (var predecessor in entry.Predecessors.Where(p => p.Province == _manifest.ClosesProvince))
            {
                var old = oldCommunes.GetValueOrDefault(predecessor.Code);
                if (old?.Name != predecessor.Name)
                {
                    throw new InvalidDataException($"{Id}: {entry.Name} continues {predecessor.Name} ({predecessor.Code}), which was not in force on {Eve:yyyy-MM-dd}.");
                }

                db.UnitPredecessors.Add(new UnitPredecessor(commune.Id, old.Id));
                centreOfOld.Add(old.Code, centre);
            }
        }

        var uncontinued = oldCommunes.Keys.Where(code => !centreOfOld.ContainsKey(code)).ToList();
        if (uncontinued.Count > 0)
        {
            throw new InvalidDataException($"{Id}: no new commune continues {string.Join(", ", uncontinued)}.");
        }

        var provincial = _manifest.ProvincialOffices
            .Select(o => (Entry: o, Office: new Office(AgencyNames.Code(0, o.Number, _manifest.AgencySuffix), o.Name, o.Kind, province.Id, EffectiveFrom)))
            .ToList();
        db.Offices.AddRange(provincial.Select(p => p.Office));
        var successorByCode = provincial
            .SelectMany(p => (p.Entry.Succeeds ?? []).Select(code => (Code: code, p.Office)))
            .ToDictionary(s => s.Code, s => s.Office, StringComparer.Ordinal);

        foreach (var office in closingOffices)
        {
            office.CloseInFavourOf(Eve, Successor(office, closing[office.UnitId], successorByCode, centreOfOld));
        }

        // A level that no longer exists carries no procedure: its versions end on the eve (those that
        // moved to another level have a version there of their own, from the procedures change set).
        var abolished = await db.Procedures.Include(p => p.Versions)
            .Where(p => _manifest.AbolishedLevels.Contains(p.LevelCode)).ToListAsync(cancellationToken);
        foreach (var procedure in abolished)
        {
            procedure.Withdraw(Eve);
        }
    }

    /// <summary>The units of the closing province in force on the eve, by id.</summary>
    private Dictionary<Guid, AdministrativeUnit> ClosingTree(List<AdministrativeUnit> units)
    {
        var inForce = units.Where(u => u.IsInForceOn(Eve)).ToList();
        var root = inForce.SingleOrDefault(u => u.Code == _manifest.ClosesProvince && u.ParentId is null)
            ?? throw new InvalidDataException($"{Id}: province {_manifest.ClosesProvince} is not in force on {Eve:yyyy-MM-dd}.");
        var children = inForce.ToLookup(u => u.ParentId);
        var tree = new Dictionary<Guid, AdministrativeUnit>();
        var next = new Queue<AdministrativeUnit>([root]);
        while (next.TryDequeue(out var unit))
        {
            tree.Add(unit.Id, unit);
            foreach (var child in children[unit.Id])
            {
                next.Enqueue(child);
            }
        }

        return tree;
    }

    private Office Successor(
        Office office,
        AdministrativeUnit unit,
        IReadOnlyDictionary<string, Office> successorByCode,
        IReadOnlyDictionary<string, Office> centreOfOld)
    {
        if (successorByCode.TryGetValue(office.Code, out var named))
        {
            return named;
        }

        if (unit.LevelCode == _manifest.CommuneLevel)
        {
            return centreOfOld[unit.Code];
        }

        return _manifest.DistrictSeats.TryGetValue(unit.Code, out var seat) && centreOfOld.TryGetValue(seat, out var centre)
            ? centre
            : throw new InvalidDataException($"{Id}: no office is named to carry on {office.Name} ({office.Code}).");
    }
}
