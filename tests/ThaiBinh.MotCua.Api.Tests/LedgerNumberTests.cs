using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Infrastructure.Dossiers;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>The entry of a dossier in its desk's ledger book of the year (Mẫu 06), given at receipt and printed on the receipt (Mẫu 01).</summary>
public sealed class LedgerNumberTests(ApiFixture api) : ApiTest
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    private readonly WorkflowClient _client = new(api);
    private readonly DossierDesk _desk = new(api);

    [Fact]
    public async Task Concurrent_receipts_at_one_desk_are_consecutive_entries_and_another_desk_and_year_keep_books_of_their_own()
    {
        var reception = await _client.As("tinh.tiepnhan");
        var body = await _client.ReceiptBodyAsync("2.000488");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => reception.PostAsJsonAsync("/api/dossiers", body)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var codes = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).Code()));
        var commune = (await _client.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var year = api.Factory.Clock.GetUtcNow().ToOffset(Vn).Year;
        // An earlier year, not the next: the provincial centre of the 2018 world closes on 30/06/2025 (and
        // not the two years the migration test below renumbers).
        api.Factory.Clock.AdjustTime(new DateTimeOffset(year - 3, 1, 4, 8, 0, 0, Vn));
        var otherYearDesk = new WorkflowClient(api); // signed in again: the earlier tokens are not valid yet
        var otherYear = (await otherYearDesk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();

        var numbers = await LedgerNumbersAsync([.. codes, commune, otherYear]);
        Assert.Equal(Enumerable.Range(1, 20), codes.Select(c => numbers[c]).Order());
        Assert.Equal(1, numbers[commune]);
        Assert.Equal(1, numbers[otherYear]);

        // Codes and entries come from one statement under the same lock: in the same order.
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes.OrderBy(c => numbers[c]));

        var seventeenth = codes.Single(c => numbers[c] == 17);
        Assert.Matches(new Regex($@"Quyển số: {year}, Số thứ tự: 17(?!\d)"), await ReceiptTextAsync(otherYearDesk, seventeenth));
        Assert.Matches(new Regex($@"Quyển số: {year - 3}, Số thứ tự: 1(?!\d)"), await ReceiptTextAsync(otherYearDesk, otherYear));
    }

    [Fact]
    public async Task The_migration_numbers_earlier_dossiers_in_order_of_receipt_per_desk_and_Vietnam_year_and_the_book_continues()
    {
        // Received out of order, across New Year's night in Vietnam (17:30 UTC on 31/12 is 00:30 on 01/01),
        // in two years before the test clock's, so no other test's dossier shares their books.
        var first = TestStart.Value.Year - 2;
        DateTimeOffset[] moments =
        [
            new(first, 11, 5, 9, 0, 0, Vn),
            new(first, 12, 31, 16, 30, 0, TimeSpan.Zero),
            new(first, 3, 1, 9, 0, 0, Vn),
            new(first, 12, 31, 17, 30, 0, TimeSpan.Zero),
            new(first + 1, 2, 3, 9, 0, 0, Vn),
        ];
        var codes = new List<string>();
        foreach (var at in moments)
        {
            codes.Add((await _desk.ReceiveJudicialRecordAsync(at)).Code);
        }

        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            await db.Dossiers.Where(d => codes.Contains(d.Code)).ExecuteUpdateAsync(s => s.SetProperty(d => d.LedgerNumber, 0));
            await db.Database.ExecuteSqlRawAsync("DELETE FROM dossier_ledger_counters WHERE year IN ({0}, {1})", first, first + 1);
            await db.Database.ExecuteSqlRawAsync(DossierLedgerBackfill.Sql);
        }

        var numbers = await LedgerNumbersAsync(codes);
        Assert.Equal([2, 3, 1, 1, 2], codes.Select(c => numbers[c]));
        var next = await _desk.ReceiveJudicialRecordAsync(new DateTimeOffset(first + 1, 2, 4, 9, 0, 0, Vn));
        Assert.Equal(3, next.LedgerNumber);
    }

    private async Task<Dictionary<string, int>> LedgerNumbersAsync(IReadOnlyCollection<string> codes)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers
            .Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, d => d.LedgerNumber);
    }

    private static async Task<string> ReceiptTextAsync(WorkflowClient desk, string code)
    {
        var response = await (await desk.As("tinh.tiepnhan")).GetAsync($"/api/dossiers/{code}/forms/receipt.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PdfText.Read(await response.Content.ReadAsByteArrayAsync()).All;
    }
}
