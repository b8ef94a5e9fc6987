using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Domain.Procedures;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

/// <summary>
/// The entries of procedures.json that share one first day ("2019-01-01.procedures"): a date added to
/// the file becomes a change set of its own. Procedures are matched by (code, level); a version whose
/// first day the procedure already has is adopted, never rewritten (dossiers are bound to it). A route
/// naming an office code must find that office in force on the version's first day, so the change set
/// waits for the unit and office change sets up to that day.
/// </summary>
internal sealed class ProcedureCatalogueChangeSet(ProcedureCatalogueEntry.DatedGroup group, IReadOnlyCollection<string> prerequisites)
    : IReferenceChangeSet
{
    public string Id { get; } = string.Create(CultureInfo.InvariantCulture, $"{group.ValidFrom:yyyy-MM-dd}.procedures");

    public DateOnly EffectiveFrom => group.ValidFrom;

    public string LegalSource => "Quyết định công bố thủ tục hành chính của từng thủ tục; nguồn và các giá trị chưa xác nhận: docs/procedure-sources.md";

    public string Description { get; } = string.Create(
        CultureInfo.InvariantCulture, $"{group.Entries.Count} phiên bản thủ tục hành chính áp dụng từ {group.ValidFrom:dd/MM/yyyy} ({ProcedureCatalogueEntry.FileName})");

    public IReadOnlyCollection<string> Prerequisites => prerequisites;

    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(group.Text)));

    public async Task ApplyAsync(MotCuaDbContext db, CancellationToken cancellationToken)
    {
        var officesInForce = (await db.Offices.AsNoTracking().ToListAsync(cancellationToken))
            .Where(o => o.IsInForceOn(group.ValidFrom)).Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var existing = await db.Procedures.Include(p => p.Versions).ToDictionaryAsync(p => (p.Code, p.LevelCode), cancellationToken);
        foreach (var entry in group.Entries)
        {
            var unknown = entry.Route.Select(s => s.Office)
                .FirstOrDefault(office => office is not RouteStep.Desk and not RouteStep.ParentDesk && !officesInForce.Contains(office));
            if (unknown is not null)
            {
                throw new InvalidDataException($"{Id}: the route of {entry.Code} ({entry.Level}) names office {unknown}, not in force on {group.ValidFrom:yyyy-MM-dd}.");
            }

            if (!existing.TryGetValue((entry.Code, entry.Level), out var procedure))
            {
                procedure = new Procedure(entry.Code, entry.Name, entry.Field, entry.Level);
                db.Procedures.Add(procedure);
                existing[(entry.Code, entry.Level)] = procedure;
            }
            else
            {
                procedure.Describe(entry.Name, entry.Field);
            }

            if (procedure.Versions.All(v => v.ValidFrom != entry.ValidFrom))
            {
                procedure.AddVersion(entry.ToVersion());
            }
        }
    }
}
