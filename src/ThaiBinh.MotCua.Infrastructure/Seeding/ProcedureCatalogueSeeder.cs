using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Domain.Procedures;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Seeding;

/// <summary>
/// Loads the procedure catalogue. Procedures are matched by (code, level); a version is added when its
/// first day is new, and an existing version is never rewritten, since dossiers are bound to it.
/// </summary>
internal sealed class ProcedureCatalogueSeeder(MotCuaDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Procedures.Include(p => p.Versions).ToDictionaryAsync(p => (p.Code, p.LevelCode), cancellationToken);
        foreach (var entry in ProcedureCatalogueEntry.Load().OrderBy(e => e.ValidFrom))
        {
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

        await db.SaveChangesAsync(cancellationToken);
    }
}
