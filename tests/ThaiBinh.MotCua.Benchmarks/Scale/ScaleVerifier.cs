using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Identifiers;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Procedures;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Benchmarks.Scale;

/// <summary>
/// <c>scale verify</c>: proves the generated rows are the product's. Reads a sample of every status
/// through <see cref="MotCuaDbContext"/>, checks each against the domain's own deadline and
/// timeliness rules, acts on open ones (transfer, assess, verify, approve, supplement, return) and
/// receives a new dossier on the anchor day, each in a transaction that is rolled back.
/// </summary>
public static class ScaleVerifier
{
    private static readonly DossierStatus[] Sampled =
    [
        DossierStatus.Received, DossierStatus.InProgress, DossierStatus.SupplementRequested, DossierStatus.ResultReady,
        DossierStatus.Returned, DossierStatus.NotAccepted, DossierStatus.Withdrawn, DossierStatus.Stopped,
    ];

    public static async Task<int> RunAsync(ScaleArguments options)
    {
        var perStatus = (int)options.Number("per-status", 5);
        var sampleSize = (int)options.Number("sample", 500);
        using var host = ScaleDatabase.BuildHost(options.ConnectionString(), demoUsersFile: null);
        var services = host.Services;
        var rules = new DeadlineRules(await services.GetRequiredService<ICalendarProvider>().GetAsync(CancellationToken.None));
        var problems = new List<string>();
        var checkedCount = 0;

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            var newest = await db.Dossiers.MaxAsync(d => d.ReceivedAt);
            foreach (var status in Sampled)
            {
                var ids = await SampleAsync(db, status, newest, perStatus);
                foreach (var id in ids)
                {
                    var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id);
                    problems.AddRange(Check(dossier, rules).Select(p => $"{dossier.Code} ({status}): {p}"));
                    checkedCount++;
                }

                ScaleGenerator.Say($"read {ids.Count} dossiers of status {(int)status} {status} through EF");
            }

            // And a sample of the whole history, whatever the status.
            var random = await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM dossiers TABLESAMPLE SYSTEM (1) REPEATABLE (7) LIMIT {sampleSize}").ToListAsync();
            foreach (var id in random)
            {
                var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id);
                problems.AddRange(Check(dossier, rules).Select(p => $"{dossier.Code} ({dossier.Status}): {p}"));
                checkedCount++;
            }

            ScaleGenerator.Say($"read {random.Count} dossiers sampled from the whole history through EF");
        }

        foreach (var status in new[] { DossierStatus.Received, DossierStatus.InProgress, DossierStatus.SupplementRequested, DossierStatus.ResultReady })
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            var newest = await db.Dossiers.MaxAsync(d => d.ReceivedAt);
            foreach (var id in await SampleAsync(db, status, newest, 3))
            {
                problems.AddRange(await ActAsync(scope.ServiceProvider, id, rules));
            }
        }

        problems.AddRange(await ReceiveAsync(services, rules));

        foreach (var problem in problems.Take(50))
        {
            ScaleGenerator.Say("PROBLEM " + problem);
        }

        ScaleGenerator.Say(problems.Count == 0
            ? $"verify: {checkedCount} generated dossiers read and checked, actions applied, no problem"
            : $"verify: {problems.Count} problems in {checkedCount} dossiers");
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>The newest dossiers of a status (from the received-at index).</summary>
    private static Task<List<Guid>> SampleAsync(MotCuaDbContext db, DossierStatus status, DateTimeOffset newest, int count)
    {
        var since = newest.AddDays(-200);
        return db.Dossiers.Where(d => d.ReceivedAt >= since && d.Status == status)
            .OrderByDescending(d => d.ReceivedAt).Select(d => d.Id).Take(count).ToListAsync();
    }

    /// <summary>What the domain would have written: due moments, hand-offs, history, timeliness.</summary>
    private static IEnumerable<string> Check(Dossier d, DeadlineRules rules)
    {
        if (!DossierCode.TryParse(d.Code, out _))
        {
            yield return "code does not parse";
        }

        if (!CitizenId.TryParse(d.Applicant.CitizenId, d.Applicant.BirthDate, out _, out var idError))
        {
            yield return $"applicant's citizen id: {idError}";
        }

        var actions = d.Actions;
        var handoffs = d.Handoffs;
        if (d.Version != actions.Count)
        {
            yield return $"version {d.Version} but {actions.Count} actions";
        }

        for (var i = 0; i < actions.Count; i++)
        {
            if (actions[i].Sequence != i + 1 || (i > 0 && (actions[i].At < actions[i - 1].At || actions[i].FromStatus != actions[i - 1].ToStatus)))
            {
                yield return $"action {i + 1} ({actions[i].Action}) out of order or from the wrong status";
            }
        }

        if (actions.Count > 0 && actions[^1].ToStatus != d.Status)
        {
            yield return $"last action leads to {actions[^1].ToStatus}, dossier is {d.Status}";
        }

        if (!rules.Calendar.IsWithinWorkingHours(d.ReceivedAt))
        {
            yield return $"received outside working hours ({d.ReceivedAt:O})";
        }

        _ = d.Steps.Count + d.Documents.Count + d.Pauses.Count + d.Limit.Amount;
        if (d.Status == DossierStatus.NotAccepted)
        {
            if (handoffs.Count != 0 || d.DueAt is not null || d.EndedAt != d.ReceivedAt || d.FinishedAt != d.ReceivedAt)
            {
                yield return "a dossier not accepted has hand-offs, a due moment, or the wrong ended/finished moments";
            }

            yield break;
        }

        var replayed = rules.Replay(d.ClockHistory);
        if (replayed != d.DueAt)
        {
            yield return $"due {d.DueAt:O}, the domain computes {replayed:O}";
        }

        if (handoffs[0].DueAt != rules.TransferDueAt(d.ReceivedAt))
        {
            yield return $"transfer due {handoffs[0].DueAt:O}, the domain computes {rules.TransferDueAt(d.ReceivedAt):O}";
        }

        for (var i = 0; i < handoffs.Count; i++)
        {
            var h = handoffs[i];
            if (h.Sequence != i + 1 || (i > 0 && h.HandedAt != handoffs[i - 1].CompletedAt))
            {
                yield return $"hand-off {i + 1} out of sequence";
            }

            if (i > 0)
            {
                var due = rules.Calendar.AddWorkingTime(h.HandedAt, TimeSpan.FromHours(d.Steps[h.StepIndex].BudgetHours));
                if (h.StepIndex == 1)
                {
                    foreach (var pause in d.Pauses)
                    {
                        due = rules.Calendar.AddWorkingTime(due, rules.Calendar.WorkingTimeBetween(pause.PausedAt, pause.ResumedAt));
                    }
                }

                if (due != h.DueAt)
                {
                    yield return $"hand-off {i + 1} due {h.DueAt:O}, the domain computes {due:O}";
                }
            }

            if (h.CompletedAt is { } done && h.Timeliness != TimelinessRules.Of(done, h.DueAt))
            {
                yield return $"hand-off {i + 1} timeliness {h.Timeliness}, the domain says {TimelinessRules.Of(done, h.DueAt)}";
            }

            if (h.CompletedAt is null && i != handoffs.Count - 1)
            {
                yield return $"hand-off {i + 1} open but not the last";
            }
        }

        foreach (var pause in d.Pauses)
        {
            if (rules.Calendar.WorkingTimeBetween(d.ReceivedAt, pause.PausedAt) > rules.Calendar.Hours.WorkingDayLength * Dossier.SupplementWindowWorkingDays)
            {
                yield return "supplement requested after the three-day window";
            }
        }

        var last = handoffs[^1];
        if (d.Status.IsOpen())
        {
            if (d.CurrentHandoff is null || last.StepIndex != d.CurrentStepIndex || d.CurrentStep.OfficeId != d.CurrentOfficeId
                || last.DueAt != d.CurrentStepDueAt || last.ToOfficeId != d.CurrentOfficeId)
            {
                yield return "current step, office or step due moment do not match the last hand-off";
            }

            if ((d.Status == DossierStatus.SupplementRequested) != (d.PausedAt is not null))
            {
                yield return "paused_at does not match the status";
            }
        }

        if (d.Status is DossierStatus.ResultReady or DossierStatus.Returned)
        {
            var approve = actions.LastOrDefault(a => a.ToStatus == DossierStatus.ResultReady);
            if (d.EndedAt is null || d.EndedAt != approve?.At || d.CurrentStep.Kind != StepKind.Return)
            {
                yield return "ended_at is not the move to result ready, or the dossier is not at the return step";
            }
        }

        if (d.Status == DossierStatus.Returned && d.ReturnTimeliness != TimelinessRules.Of(d.FinishedAt!.Value, d.DueAt!.Value))
        {
            yield return $"return timeliness {d.ReturnTimeliness}, the domain says {TimelinessRules.Of(d.FinishedAt!.Value, d.DueAt!.Value)}";
        }

        if (d.Status is DossierStatus.Withdrawn or DossierStatus.Stopped && (d.EndedAt != d.FinishedAt || d.EndedAt != last.CompletedAt))
        {
            yield return "a closed dossier's ended, finished and last hand-off moments differ";
        }
    }

    /// <summary>The move an officer would make next on an open dossier, saved and rolled back.</summary>
    private static async Task<IEnumerable<string>> ActAsync(IServiceProvider services, Guid id, DeadlineRules rules)
    {
        var db = services.GetRequiredService<MotCuaDbContext>();
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == id);
        var (before, version) = (dossier.Status, dossier.Version);
        var now = dossier.Actions[^1].At.AddMinutes(5);
        var handoff = dossier.CurrentHandoff!;
        string move;
        try
        {
            switch (dossier.Status)
            {
                case DossierStatus.Received:
                    move = "transfer";
                    dossier.Transfer(new Actor(handoff.ToOfficerId!.Value, dossier.ReceivingOfficeId, [Role.Reception]), now, rules);
                    break;
                case DossierStatus.SupplementRequested:
                    move = "supplement";
                    dossier.Supplement(new Actor(dossier.Handoffs[0].ToOfficerId!.Value, dossier.ReceivingOfficeId, [Role.Reception]), now, rules, "Đã nhận đủ");
                    break;
                case DossierStatus.ResultReady:
                    move = "return";
                    dossier.Return(await ActorAsync(db, dossier.CurrentOfficeId, Role.Reception, null), dossier.Applicant.FullName, now);
                    break;
                default:
                    var kind = dossier.CurrentStep.Kind;
                    move = kind.ToString().ToLowerInvariant();
                    var actor = await ActorAsync(db, dossier.CurrentOfficeId, kind == StepKind.Approve ? Role.Leader : Role.Specialist, handoff.ToOfficerId);
                    if (kind == StepKind.Assess)
                    {
                        dossier.Assess(actor, AssessmentDecision.Approve, null, now, rules);
                    }
                    else if (kind == StepKind.Verify)
                    {
                        dossier.Verify(actor, "Thống nhất", now, rules);
                    }
                    else
                    {
                        dossier.Approve(actor, now, rules);
                    }

                    break;
            }

            await db.SaveChangesAsync();
        }
        catch (Exception exception)
        {
            return [$"{dossier.Code} ({before}): acting on it failed: {exception.GetType().Name}: {exception.Message}"];
        }
        finally
        {
            await transaction.RollbackAsync();
        }

        ScaleGenerator.Say($"{move} on {dossier.Code}: {before} v{version} -> {dossier.Status} v{dossier.Version}, saved and rolled back");
        return [];
    }

    private static async Task<Actor> ActorAsync(MotCuaDbContext db, Guid officeId, Role role, Guid? holder)
    {
        var officers = await db.Officers.Where(o => o.OfficeId == officeId && o.IsActive).ToListAsync();
        var officer = officers.FirstOrDefault(o => o.Id == holder) ?? officers.First(o => o.HasRole(role));
        return new Actor(officer.Id, officeId, officer.Roles);
    }

    /// <summary>
    /// A new dossier received through the domain at the anchor's desk and day (its code comes after
    /// the loaded ones), taken through a supplement; its JSON columns are printed beside a generated
    /// row's, so the shapes can be compared.
    /// </summary>
    private static async Task<IEnumerable<string>> ReceiveAsync(IServiceProvider root, DeadlineRules rules)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<MotCuaDbContext>();
        var desk = await db.Offices.SingleAsync(o => o.Code == "000.00.01.H54");
        var receiver = await db.Officers.SingleAsync(o => o.Username == "tinh.tiepnhan");
        var specialist = await db.Officers.SingleAsync(o => o.Username == "tinh.chuyenvien");
        var newest = await db.Dossiers.Where(d => d.ReceivingOfficeId == desk.Id).MaxAsync(d => d.ReceivedAt);
        var receivedAt = newest.AddMinutes(1);
        var receiptDay = DateOnly.FromDateTime(receivedAt.ToOffset(TimeSpan.FromHours(7)).DateTime);
        var version = (await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == "2.000488" && p.LevelCode == "province"))
            .VersionOn(receiptDay)!;
        var steps = RoutePlanner.Plan(version, desk, await services.GetRequiredService<IReferenceData>().CurrentAsync(CancellationToken.None), receiptDay);

        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            var numbers = await services.GetRequiredService<IDossierCodeGenerator>().NextAsync(desk.Code, receivedAt, CancellationToken.None);
            var intake = new Intake(
                version, desk.Id, steps,
                Applicant.Citizen("Vũ Thị Hồng Nhung", CitizenId.Parse("034190001234"), null, "0912000111", null, "Thôn 3, xã Vũ Phúc, thành phố Thái Bình, tỉnh Thái Bình"),
                [.. version.RequiredDocuments.Where(d => !d.Conditional).Select(d => new SubmittedDocument(d.Name, d.Copies, d.Original))],
                Channel.Direct, ResultDelivery.Desk, "Nộp trực tiếp");
            var dossier = Dossier.Receive(numbers, intake, new Actor(receiver.Id, desk.Id, receiver.Roles), receivedAt, rules);
            dossier.Transfer(new Actor(receiver.Id, desk.Id, receiver.Roles), receivedAt.AddMinutes(10), rules);
            dossier.RequestSupplement(new Actor(specialist.Id, specialist.OfficeId, specialist.Roles), "Bổ sung ảnh", "Thiếu ảnh chân dung", receivedAt.AddHours(1), rules);
            dossier.Supplement(new Actor(receiver.Id, desk.Id, receiver.Roles), receivedAt.AddDays(1), rules, "Đã nhận");
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();

            var connection = db.Database.GetDbConnection();
            var written = await JsonColumnsAsync(connection, "id = @id", dossier.Id);
            var generated = await JsonColumnsAsync(connection, "id <> @id AND received_at >= now() - interval '1 year' AND jsonb_array_length(pauses) > 0", dossier.Id);
            ScaleGenerator.Say($"received {dossier.Code} on the anchor's desk and day (its counter continued the loaded codes)");
            ScaleGenerator.Say("  written by the product: " + written);
            ScaleGenerator.Say("  generated:              " + generated);
            return [];
        }
        catch (Exception exception)
        {
            return [$"receiving a new dossier after the load failed: {exception.GetType().Name}: {exception.Message}"];
        }
        finally
        {
            await transaction.RollbackAsync();
        }
    }

    private static async Task<string> JsonColumnsAsync(DbConnection connection, string where, Guid id)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT (steps -> 0)::text, (documents -> 0)::text, (pauses -> 0)::text
            FROM dossiers WHERE {where} ORDER BY received_at DESC LIMIT 1
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? $"steps[0] {reader.GetString(0)}  documents[0] {reader.GetString(1)}  pauses[0] {reader.GetString(2)}"
            : "(no row)";
    }
}
