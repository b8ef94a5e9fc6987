using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Procedures;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests;

public sealed class DossierPersistenceTests(ApiFixture api) : ApiTest
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);
    private readonly DossierDesk _desk = new(api);

    [Fact]
    public async Task A_received_dossier_reads_back_whole_with_its_route_across_agencies()
    {
        var received = await _desk.ReceiveJudicialRecordAsync(new DateTimeOffset(2025, 3, 10, 9, 0, 0, Vn));

        await using var scope = api.Factory.Services.CreateAsyncScope();
        var loaded = await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers.SingleAsync(d => d.Id == received.Id);

        Assert.Matches(@"^000\.00\.01\.H54-250310-\d{4}$", loaded.Code);
        Assert.Equal(new DateTimeOffset(2025, 3, 24, 9, 0, 0, Vn), loaded.DueAt);
        Assert.Equal("Trần Thị Ánh Dương", loaded.Applicant.FullName);
        Assert.Equal("034190001234", loaded.Applicant.CitizenId);
        Assert.Equal(
            [StepKind.Receive, StepKind.Assess, StepKind.Verify, StepKind.Approve, StepKind.Return],
            loaded.Steps.Select(s => s.Kind));
        Assert.Equal(await _desk.OfficeIdAsync("000.00.08.H54"), loaded.Steps[2].OfficeId);
        Assert.Equal(received.Documents, loaded.Documents);
        Assert.Equal("receive", Assert.Single(loaded.Actions).Action);
        Assert.Single(loaded.Handoffs);
        Assert.Equal(1, loaded.Version);
    }

    [Fact]
    public async Task The_whole_lifecycle_is_saved_step_by_step()
    {
        var received = await _desk.ReceiveJudicialRecordAsync(new DateTimeOffset(2025, 3, 10, 10, 0, 0, Vn));
        var reception = await _desk.OfficerAsync("tinh.tiepnhan");
        var specialist = await _desk.OfficerAsync("tinh.chuyenvien");
        // A real account: the unit of work names every officer of a history entry in the audit log.
        var police = await _desk.OfficerAsync("congan.chuyenvien");

        await ActAsync(received.Id, (d, r) => d.Transfer(reception, At(10, 11), r));
        await ActAsync(received.Id, (d, r) => d.Assess(specialist, AssessmentDecision.RequestSupplement, "Bản sao chưa được chứng thực", At(11, 9), r, "Bản sao sổ hộ khẩu"));
        await ActAsync(received.Id, (d, r) => d.Supplement(reception, At(13, 9), r, "Đã bổ sung"));
        await ActAsync(received.Id, (d, r) => d.Assess(specialist, AssessmentDecision.Approve, null, At(14, 9), r));
        await ActAsync(received.Id, (d, r) => d.Verify(police, "Không có án tích", At(17, 9), r));

        await using var scope = api.Factory.Services.CreateAsyncScope();
        var loaded = await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers.SingleAsync(d => d.Id == received.Id);
        Assert.Equal(DossierStatus.InProgress, loaded.Status);
        Assert.Equal(StepKind.Approve, loaded.CurrentStep.Kind);
        Assert.Equal(await _desk.OfficeIdAsync("000.00.02.H54"), loaded.CurrentOfficeId);
        Assert.Equal(new ClockPause(At(11, 9), At(13, 9)), Assert.Single(loaded.Pauses));
        Assert.Equal(new DateTimeOffset(2025, 3, 27, 9, 0, 0, Vn), loaded.DueAt); // ten working days again from 13/03 09:00
        Assert.Equal(("Bản sao sổ hộ khẩu", "Bản sao chưa được chứng thực"), (loaded.SupplementItems, loaded.SupplementReasons));
        Assert.Equal(["receive", "transfer", "request-supplement", "supplement", "assess", "verify"], loaded.Actions.Select(a => a.Action));
        Assert.Equal(4, loaded.Handoffs.Count);
        Assert.Equal(6, loaded.Version);
    }

    [Fact]
    public async Task Two_officers_saving_the_same_dossier_at_once_cannot_both_win()
    {
        var received = await _desk.ReceiveJudicialRecordAsync(new DateTimeOffset(2025, 3, 10, 11, 0, 0, Vn));
        var reception = await _desk.OfficerAsync("tinh.tiepnhan");
        await using var first = api.Factory.Services.CreateAsyncScope();
        await using var second = api.Factory.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var rules = new DeadlineRules(await first.ServiceProvider.GetRequiredService<ICalendarProvider>().GetAsync(default));
        var mine = await firstDb.Dossiers.SingleAsync(d => d.Id == received.Id);
        var theirs = await secondDb.Dossiers.SingleAsync(d => d.Id == received.Id);

        mine.Transfer(reception, At(10, 14), rules);
        theirs.Withdraw(reception, "Công dân xin rút", At(10, 14));
        await firstDb.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());
        await using var check = api.Factory.Services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers.SingleAsync(d => d.Id == received.Id);
        Assert.Equal((DossierStatus.InProgress, 2, 2), (stored.Status, stored.Version, stored.Actions.Count));
    }

    private static DateTimeOffset At(int day, int hour) => new(2025, 3, day, hour, 0, 0, Vn);

    private async Task ActAsync(Guid id, Action<Dossier, DeadlineRules> act)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var rules = new DeadlineRules(await scope.ServiceProvider.GetRequiredService<ICalendarProvider>().GetAsync(default));
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == id);
        act(dossier, rules);
        await db.SaveChangesAsync();
    }
}
