using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Audit;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Reference;
using ThaiBinh.MotCua.Application.Dossiers.Guidance;
using ThaiBinh.MotCua.Application.Population;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Identifiers;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Application.Dossiers.Receive;

public sealed class ReceiveDossierCommandHandler(
    IMotCuaDbContext db,
    ICurrentOfficer currentOfficer, IReferenceData reference,
    ICalendarProvider calendars,
    IDossierCodeGenerator codes,
    DossierViews views,
    ReceptionBoundary boundary,
    VerifiedLookup identity,
    TimeProvider clock) : ICommandHandler<ReceiveDossierCommand, ReceiveDossierResult>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<ReceiveDossierResult> Handle(ReceiveDossierCommand command, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        if (!officer.Has(Role.Reception) || officer.OfficeKind == OfficeKind.Department)
        {
            throw new ForbiddenException("Chỉ công chức tiếp nhận tại bộ phận một cửa mới được tiếp nhận hồ sơ.");
        }

        var requestHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(command, Json)));
        if (await ReplayAsync(officer, command.IdempotencyKey, requestHash, cancellationToken) is { } replay)
        {
            return replay;
        }

        var now = clock.GetUtcNow();
        var snapshot = await reference.CurrentAsync(cancellationToken);
        var office = snapshot.Office(officer.OfficeId) ?? throw new NotSignedInException();
        var deskUnit = snapshot.Unit(office.UnitId) ?? throw new NotSignedInException();
        var today = VietnamToday.Of(clock);
        // A desk closed by a reorganisation receives nothing from its first closed day; nothing is written.
        OfficeInForce.Require(office, today);
        var applicantUnit = ReceptionBoundary.UnitOn(command.Applicant!.UnitCode, today, ReceptionBoundary.ApplicantUnitField, snapshot);
        var competentUnit = ReceptionBoundary.UnitOn(command.CompetentUnitCode, today, ReceptionBoundary.CompetentUnitField, snapshot);
        var version = ProcedureVersion(command.ProcedureCode, command.ProcedureLevel, (competentUnit ?? deskUnit).LevelCode, snapshot, today);
        var competentDesk = competentUnit is null
            ? null
            : await boundary.CompetentDeskAsync(competentUnit, deskUnit, version, snapshot, today, cancellationToken);
        var intake = new Intake(
            version,
            office.Id,
            RoutePlanner.Plan(version, office, snapshot, today, competentDesk),
            ToApplicant(command.Applicant!),
            [.. command.Documents!.Select(d => new SubmittedDocument(d.Name!.Trim(), d.Copies ?? 1, d.Original ?? true))],
            Enum.Parse<Channel>(command.Channel ?? "direct", ignoreCase: true),
            Enum.Parse<ResultDelivery>(command.ResultDelivery ?? "desk", ignoreCase: true),
            command.Note)
        {
            ApplicantUnitId = applicantUnit?.Id,
            Notice = NotificationInput.ToChoice(command.Notification),
        };
        var rules = new DeadlineRules(await calendars.GetAsync(cancellationToken));
        var verification = await identity.FindAsync(command.PopulationLookupId, officer.OfficerId, intake.Applicant, cancellationToken);

        try
        {
            var summary = await db.InTransactionAsync(async () =>
            {
                var numbers = await codes.NextAsync(office.Code, now, cancellationToken);
                var dossier = command.IsRefusal
                    ? Dossier.RefuseAtReception(numbers, intake, officer.Actor, now, command.Reasons!)
                    : ReceiveOrExplain(numbers, intake, officer, now, rules);
                VerifiedLookup.Apply(verification, dossier);
                db.Dossiers.Add(dossier);
                Payments.PaymentRequestsAtReceipt.Add(db, dossier, version, officer.OfficerId, now);
                var summary = (await views.SummariesAsync([dossier], cancellationToken))[0];
                if (command.IdempotencyKey is { } key)
                {
                    db.IdempotencyRecords.Add(new IdempotencyRecord(officer.OfficerId, key, requestHash, JsonSerializer.Serialize(summary, Json), now));
                }

                await db.SaveChangesAsync(cancellationToken);
                return summary;
            }, cancellationToken);
            return new ReceiveDossierResult(summary, Replayed: false);
        }
        catch (DbUpdateException) when (command.IdempotencyKey is not null)
        {
            // The same key arrived twice at once and the other request won: answer with its result.
            db.ChangeTracker.Clear();
            return await ReplayAsync(officer, command.IdempotencyKey, requestHash, cancellationToken) ?? throw new InvalidOperationException(
                "An idempotent receipt failed without a stored answer.");
        }
    }

    private static Dossier ReceiveOrExplain(DossierNumbers numbers, Intake intake, OfficerContext officer, DateTimeOffset now, DeadlineRules rules)
    {
        try
        {
            return Dossier.Receive(numbers, intake, officer.Actor, now, rules);
        }
        catch (DomainRuleException missing) when (missing.Rule == "dossier.receive.missing-documents")
        {
            throw new ValidationException([new ValidationFailure("documents", missing.Message + " " + DeskGuidanceRoutes.Hint)]);
        }
        catch (DomainRuleException rule) when (rule.Rule == "dossier.receive.delivery")
        {
            throw new ValidationException([new ValidationFailure("resultDelivery", rule.Message)]);
        }
    }

    private async Task<ReceiveDossierResult?> ReplayAsync(OfficerContext officer, string? key, string requestHash, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return null;
        }

        var since = clock.GetUtcNow() - IdempotencyRecord.Lifetime;
        var record = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.OfficerId == officer.OfficerId && r.Key == key && r.CreatedAt > since, cancellationToken);
        if (record is null)
        {
            return null;
        }

        return record.RequestHash == requestHash
            ? new ReceiveDossierResult(JsonSerializer.Deserialize<DossierSummaryDto>(record.Response, Json)!, Replayed: true)
            : throw new IdempotencyConflictException();
    }

    /// <summary>
    /// The version in force today; among the levels that offer the procedure, the one of the unit that
    /// decides (the competent unit named, else the desk's own) when it has one in force. Also the desk
    /// guidance's choice.
    /// </summary>
    internal static ProcedureVersion ProcedureVersion(
        string? procedureCode, string? procedureLevel, string? decidingLevel, ReferenceSnapshot snapshot, DateOnly today)
    {
        var candidates = snapshot.Procedures(procedureCode!)
            .Where(p => procedureLevel == null || p.LevelCode == procedureLevel)
            .Select(p => p.VersionOn(today))
            .OfType<ProcedureVersion>()
            .ToList();
        return candidates.FirstOrDefault(v => v.LevelCode == decidingLevel) ?? candidates.FirstOrDefault() ?? throw new ValidationException(
            [new ValidationFailure("procedureCode", $"Không có thủ tục mã {procedureCode} đang áp dụng.")]);
    }

    internal static Applicant ToApplicant(ApplicantInput input) =>
        string.IsNullOrWhiteSpace(input.TaxCode)
            ? Applicant.Citizen(input.FullName!, CitizenId.Parse(input.CitizenId, input.BirthDate), input.BirthDate, input.Phone, input.Email, input.Address)
            : Applicant.Organisation(input.FullName!, TaxCode.Parse(input.TaxCode), input.Representative!, input.Phone, input.Email, input.Address);
}
