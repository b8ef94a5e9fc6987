using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Identifiers;
using ThaiBinh.MotCua.Domain.Procedures;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>Receives dossiers straight through the domain and the app's own services, for persistence tests.</summary>
public sealed class DossierDesk(ApiFixture api)
{
    /// <summary>
    /// Receives a judicial record request at the provincial centre as tinh.tiepnhan; with
    /// <paramref name="refusal"/>, logs it refused at reception (no due moment) instead.
    /// </summary>
    public async Task<Dossier> ReceiveJudicialRecordAsync(DateTimeOffset receivedAt, string? refusal = null)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<MotCuaDbContext>();
        var receiptDay = DateOnly.FromDateTime(VietnamTime.ToLocal(receivedAt).DateTime);
        var version = (await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == "2.000488" && p.LevelCode == "province"))
            .VersionOn(receiptDay)!;
        var desk = await db.Offices.SingleAsync(o => o.Code == "000.00.01.H54");
        var officer = await db.Officers.SingleAsync(o => o.Username == "tinh.tiepnhan");
        var steps = RoutePlanner.Plan(version, desk, await services.GetRequiredService<IReferenceData>().CurrentAsync(default), receiptDay);
        var rules = new DeadlineRules(await services.GetRequiredService<ICalendarProvider>().GetAsync(default));

        // Code and dossier in one transaction, as the receipt handler does: under the execution strategy,
        // which refuses a transaction begun outside it.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var numbers = await services.GetRequiredService<IDossierCodeGenerator>().NextAsync(desk.Code, receivedAt, default);
            var intake = new Intake(
                version,
                desk.Id,
                steps,
                Applicant.Citizen("Trần Thị Ánh Dương", CitizenId.Parse("034190001234"), new DateOnly(1990, 1, 2), "0912000111", "duong@example.vn", "Tiền Hải, Thái Bình"),
                [.. version.RequiredDocuments.Where(d => !d.Conditional).Select(d => new SubmittedDocument(d.Name, d.Copies, d.Original))],
                Channel.Direct,
                ResultDelivery.Desk,
                "Nộp trực tiếp");
            var actor = new Actor(officer.Id, desk.Id, officer.Roles);
            var dossier = refusal is null
                ? Dossier.Receive(numbers, intake, actor, receivedAt, rules)
                : Dossier.RefuseAtReception(numbers, intake, actor, receivedAt, refusal);
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return dossier;
        });
    }

    /// <summary>The demo officer as the domain sees them: id, office and roles.</summary>
    public async Task<Actor> OfficerAsync(string username)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var officer = await db.Officers.SingleAsync(o => o.Username == username);
        return new Actor(officer.Id, officer.OfficeId, officer.Roles);
    }

    public async Task<Guid> OfficeIdAsync(string code)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Offices.SingleAsync(o => o.Code == code)).Id;
    }
}
