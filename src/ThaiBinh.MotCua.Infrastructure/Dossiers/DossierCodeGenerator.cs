using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Dossiers;

/// <summary>
/// Hands out the day's next number for an office with one atomic upsert. Called inside the receiving
/// transaction: concurrent receipts at the same office queue on the counter row, and a receipt that
/// rolls back gives its number back; a number may still be skipped (gap-tolerant), never repeated.
/// </summary>
internal sealed class DossierCodeGenerator(MotCuaDbContext db) : IDossierCodeGenerator
{
    public async Task<DossierCode> NextAsync(string officeCode, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(VietnamTime.ToLocal(receivedAt).DateTime);
        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO dossier_code_counters (office_code, day, last_number) VALUES ({officeCode}, {day}, 1)
            ON CONFLICT (office_code, day) DO UPDATE SET last_number = dossier_code_counters.last_number + 1
            RETURNING last_number AS "Value"
            """).ToListAsync(cancellationToken);
        return DossierCode.Create(officeCode, receivedAt, numbers.Single());
    }
}
