using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Dossiers;

/// <summary>
/// Hands out the day's next code number and the year's next ledger entry of an office with one
/// statement of two atomic upserts (one round trip). Called inside the receiving transaction:
/// concurrent receipts at the same office queue on the counter rows (always the day's first, then
/// the year's, so they cannot deadlock), and a receipt that rolls back, or is retried by the execution
/// strategy, gives both numbers back: the ledger has no gaps and no repeats.
/// </summary>
internal sealed class DossierCodeGenerator(MotCuaDbContext db) : IDossierCodeGenerator
{
    public async Task<DossierNumbers> NextAsync(string officeCode, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(VietnamTime.ToLocal(receivedAt).DateTime);
        var year = DossierNumbers.LedgerBookOf(receivedAt);
        var numbers = await db.Database.SqlQuery<IssuedNumbers>($"""
            WITH day AS (
                INSERT INTO dossier_code_counters (office_code, day, last_number) VALUES ({officeCode}, {day}, 1)
                ON CONFLICT (office_code, day) DO UPDATE SET last_number = dossier_code_counters.last_number + 1
                RETURNING last_number
            ), book AS (
                INSERT INTO dossier_ledger_counters (office_code, year, last_number) VALUES ({officeCode}, {year}, 1)
                ON CONFLICT (office_code, year) DO UPDATE SET last_number = dossier_ledger_counters.last_number + 1
                RETURNING last_number
            )
            SELECT day.last_number AS sequence, book.last_number AS ledger_number FROM day, book
            """).ToListAsync(cancellationToken);
        var issued = numbers.Single();
        return new DossierNumbers(DossierCode.Create(officeCode, receivedAt, issued.Sequence), issued.LedgerNumber);
    }

    private sealed record IssuedNumbers(int Sequence, int LedgerNumber);
}
