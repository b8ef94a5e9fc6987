using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThaiBinh.MotCua.Application.Admin.HandOver;
using ThaiBinh.MotCua.Infrastructure.Persistence;
using ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

namespace ThaiBinh.MotCua.Infrastructure.Dossiers;

internal sealed class HandOverCandidates(MotCuaDbContext db) : IHandOverCandidates
{
    private const string Sql = $"""
        SELECT d.id AS "Value" FROM dossiers d
        WHERE d.{DossierConfiguration.OpenStatusFilter}
          AND EXISTS (SELECT 1 FROM jsonb_array_elements(d.steps) s
                      WHERE (s->>'index')::int >= d.current_step_index
                        AND (s->>'officeId')::uuid = ANY(@offices))
        ORDER BY d.id
        """;

    public async Task<IReadOnlyList<Guid>> FindAsync(IReadOnlyCollection<Guid> closedOffices, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<Guid>(Sql, new NpgsqlParameter("offices", closedOffices.ToArray())).ToListAsync(cancellationToken);
}
