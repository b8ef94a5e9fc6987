using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests;

public sealed class DossierCodeTests(ApiFixture api) : ApiTest
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    [Fact]
    public async Task Concurrent_receipts_at_one_office_get_distinct_consecutive_numbers()
    {
        var at = new DateTimeOffset(2027, 5, 4, 9, 0, 0, Vn);

        var codes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => NextInOwnTransactionAsync("000.05.33.H54", at)));

        Assert.Equal(20, codes.Distinct().Count());
        Assert.Equal(
            Enumerable.Range(1, 20).Select(n => $"000.05.33.H54-270504-{n:0000}"),
            codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_sequence_restarts_each_day_in_Vietnam_time_and_per_office()
    {
        var lateEvening = new DateTimeOffset(2027, 6, 1, 16, 30, 0, TimeSpan.Zero); // 23:30 on 01/06 in Hà Nội
        var afterMidnight = new DateTimeOffset(2027, 6, 1, 17, 30, 0, TimeSpan.Zero); // 00:30 on 02/06

        Assert.Equal("000.06.33.H54-270601-0001", await NextInOwnTransactionAsync("000.06.33.H54", lateEvening));
        Assert.Equal("000.06.33.H54-270602-0001", await NextInOwnTransactionAsync("000.06.33.H54", afterMidnight));
        Assert.Equal("000.07.33.H54-270602-0001", await NextInOwnTransactionAsync("000.07.33.H54", afterMidnight));
        Assert.Equal("000.06.33.H54-270602-0002", await NextInOwnTransactionAsync("000.06.33.H54", afterMidnight));
    }

    [Fact]
    public async Task A_receipt_that_rolls_back_gives_its_code_and_ledger_numbers_back()
    {
        var at = new DateTimeOffset(2027, 7, 1, 9, 0, 0, Vn);
        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await scope.ServiceProvider.GetRequiredService<IDossierCodeGenerator>().NextAsync("000.08.33.H54", at, default);
                await transaction.RollbackAsync();
            });
        }

        var next = await NumbersInOwnTransactionAsync("000.08.33.H54", at);
        Assert.Equal("000.08.33.H54-270701-0001", next.Code.Value);
        Assert.Equal(1, next.LedgerNumber);
    }

    private async Task<string> NextInOwnTransactionAsync(string office, DateTimeOffset at) =>
        (await NumbersInOwnTransactionAsync(office, at)).Code.Value;

    private async Task<DossierNumbers> NumbersInOwnTransactionAsync(string office, DateTimeOffset at)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var numbers = await scope.ServiceProvider.GetRequiredService<IDossierCodeGenerator>().NextAsync(office, at, default);
            await Task.Delay(5); // hold the row lock a moment, as a real receipt does while it saves
            await transaction.CommitAsync();
            return numbers;
        });
    }
}
