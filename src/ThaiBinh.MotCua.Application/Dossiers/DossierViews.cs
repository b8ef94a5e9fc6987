using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Reference;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Application.Dossiers;

/// <summary>Builds the summaries and details people read, resolving offices, officers and procedures to names.</summary>
public sealed class DossierViews(IMotCuaDbContext db, ICalendarProvider calendars, IReferenceData reference, IRegimes regimes, TimeProvider clock)
{
    private static readonly NamedDto Unknown = new("?", "?");

    public async Task<IReadOnlyList<DossierSummaryDto>> SummariesAsync(IReadOnlyList<Dossier> dossiers, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var calendar = await calendars.GetAsync(cancellationToken);
        return [.. dossiers.Select(d => Summary(d, names, calendar, now))];
    }

    /// <summary>
    /// The summaries of a page of dossiers read in one query: the columns a line shows, with the
    /// offices', the holder's and the procedure's names joined in. Reading whole dossiers would fetch
    /// their hand-offs and history by split queries that each repeat the page's sort, and the names after.
    /// </summary>
    public async Task<IReadOnlyList<DossierSummaryDto>> SummaryPageAsync(IQueryable<Dossier> page, CancellationToken cancellationToken)
    {
        // Left joins by key, so a line never disappears for want of a name (it says "?" as the detail does).
        var rows = await (
            from d in page
            from receiving in db.Offices.Where(o => o.Id == d.ReceivingOfficeId).DefaultIfEmpty()
            from current in db.Offices.Where(o => o.Id == d.CurrentOfficeId).DefaultIfEmpty()
            from competent in db.Offices.Where(o => o.Id == d.CompetentOfficeId).DefaultIfEmpty()
            from applicantUnit in db.AdministrativeUnits.Where(u => u.Id == d.ApplicantUnitId).DefaultIfEmpty()
            from version in db.ProcedureVersions.Where(v => v.Id == d.ProcedureVersionId).DefaultIfEmpty()
            from procedure in db.Procedures.Where(p => p.Code == version!.ProcedureCode && p.LevelCode == version.LevelCode).DefaultIfEmpty()
            select new
            {
                d.Code,
                d.Status,
                d.ProcedureCode,
                Procedure = procedure == null ? null : new NamedDto(procedure.Code, procedure.Name),
                ApplicantName = d.Applicant.FullName,
                ReceivingOffice = receiving == null ? null : new NamedDto(receiving.Code, receiving.Name),
                CurrentOffice = current == null ? null : new NamedDto(current.Code, current.Name),
                CompetentOffice = competent == null ? null : new NamedDto(competent.Code, competent.Name),
                ApplicantUnit = applicantUnit == null ? null : new NamedDto(applicantUnit.Code, applicantUnit.Name),
                d.CurrentStepIndex,
                Steps = EF.Property<List<PlannedStep>>(d, "_steps"),
                Holder = db.Officers
                    .Where(o => o.Id == d.CurrentHolderId)
                    .Select(o => new PersonDto(o.Username, o.FullName)).FirstOrDefault(),
                d.ReceivedAt,
                d.DueAt,
                d.PausedAt,
                d.Version,
        }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var calendar = await calendars.GetAsync(cancellationToken);
        return [.. rows.Select(r => new DossierSummaryDto(
            r.Code,
            StatusDto.Of(r.Status),
            r.Procedure ?? new NamedDto(r.ProcedureCode, r.ProcedureCode),
            r.ApplicantName,
            r.ReceivingOffice ?? Unknown,
            r.CurrentOffice ?? Unknown,
            Step(r.Steps[r.CurrentStepIndex]),
            // As Dossier.CurrentHandoff: a closed dossier has no holder.
            r.Status.IsOpen() ? r.Holder : null,
            r.ReceivedAt,
            r.DueAt,
            IsOverdue(r.Status, r.DueAt, now),
            r.Version,
            TimeLeft(r.DueAt, r.Status, r.PausedAt, calendar, now),
            r.CompetentOffice ?? Unknown,
            r.ApplicantUnit))];
    }

    public async Task<DossierDetailDto> DetailAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var calendar = await calendars.GetAsync(cancellationToken);
        var applicant = dossier.Applicant;
        return new DossierDetailDto(
            Summary(dossier, names, calendar, now),
            TimeLeft(dossier, calendar, now),
            new ApplicantDto(applicant.FullName, applicant.CitizenId, applicant.BirthDate, applicant.TaxCode, applicant.Representative, applicant.Phone, applicant.Email, applicant.Address),
            dossier.Documents,
            dossier.Channel.ToString().ToLowerInvariant(),
            dossier.ResultDelivery.ToString().ToLowerInvariant(),
            dossier.Note,
            dossier.PausedAt,
            dossier.SupplementRequestCount,
            dossier.SupplementItems,
            dossier.SupplementReasons,
            dossier.ExtendedTo,
            dossier.ExtensionReason,
            dossier.Outcome.ToString(),
            dossier.Reasons,
            dossier.FinishedAt,
            dossier.ReturnedTo,
            dossier.ReturnTimeliness?.Label(),
            [.. dossier.Steps.Select(Step)],
            [.. dossier.Handoffs.Select(h => new HandoffDto(
                h.Sequence,
                Step(dossier.Steps[h.StepIndex]),
                h.FromOfficeId is { } from ? names.Office(from) : null,
                names.Person(h.FromOfficerId),
                names.Office(h.ToOfficeId),
                names.Person(h.ToOfficerId),
                h.HandedAt,
                h.DueAt,
                h.CompletedAt,
                h.Timeliness?.Label()))],
            [.. dossier.Actions.Select(a => new HistoryDto(
                a.Sequence, a.Action, DossierActionLabels.Of(a.Action), names.Person(a.OfficerId), a.At, a.FromStatus is { } s ? StatusDto.Of(s) : null, StatusDto.Of(a.ToStatus), a.Note))],
            Forms.PrintableForms.Of(dossier, regimes),
            NoticeChoiceDto.Of(dossier.Notice),
            IdentityVerificationDto.Of(dossier));
    }

    /// <summary>Lines of the supervisors' overdue list: how late, who holds it, which office caused the delay.</summary>
    public async Task<IReadOnlyList<Supervision.Overdue.OverdueDossierDto>> OverdueLinesAsync(
        IReadOnlyList<Supervision.Overdue.FlaggedDossier> dossiers, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var calendar = await calendars.GetAsync(cancellationToken);
        return [.. dossiers.Select(d => new Supervision.Overdue.OverdueDossierDto(
            d.Code,
            names.Procedure(d.ProcedureVersionId, d.ProcedureCode),
            names.Office(d.ReceivingOfficeId),
            names.Office(d.CurrentOfficeId),
            names.Person(d.HolderId),
            d.DueAt,
            d.DueState.Label(),
            d.OverdueSince,
            TimeLeft(d.DueAt, d.Status, d.PausedAt, calendar, now),
            names.Office(d.FirstLateOfficeId ?? d.CurrentOfficeId),
            d.StepDueState == DueState.Overdue))];
    }

    public static bool IsOverdue(Dossier dossier, DateTimeOffset now) => IsOverdue(dossier.Status, dossier.DueAt, now);

    private static bool IsOverdue(DossierStatus status, DateTimeOffset? dueAt, DateTimeOffset now) =>
        status is DossierStatus.Received or DossierStatus.InProgress && dueAt < now;

    private static DossierSummaryDto Summary(Dossier dossier, Names names, WorkingCalendar calendar, DateTimeOffset now) => new(
        dossier.Code,
        StatusDto.Of(dossier.Status),
        names.Procedure(dossier.ProcedureVersionId, dossier.ProcedureCode),
        dossier.Applicant.FullName,
        names.Office(dossier.ReceivingOfficeId),
        names.Office(dossier.CurrentOfficeId),
        Step(dossier.CurrentStep),
        names.Person(dossier.CurrentHandoff?.ToOfficerId),
        dossier.ReceivedAt,
        dossier.DueAt,
        IsOverdue(dossier, now),
        dossier.Version,
        TimeLeft(dossier, calendar, now),
        names.Office(dossier.CompetentOfficeId),
        names.Unit(dossier.ApplicantUnitId));

    private static TimeLeftDto? TimeLeft(Dossier dossier, WorkingCalendar calendar, DateTimeOffset now) =>
        TimeLeft(dossier.DueAt, dossier.Status, dossier.PausedAt, calendar, now);

    private static TimeLeftDto? TimeLeft(DateTimeOffset? dueAt, DossierStatus status, DateTimeOffset? pausedAt, WorkingCalendar calendar, DateTimeOffset now)
    {
        if (dueAt is not { } due || !status.IsOpen() || status == DossierStatus.ResultReady)
        {
            return null;
        }

        var at = pausedAt ?? now;
        var late = at > due;
        // Whole minutes: stored instants keep microseconds, the clock keeps ticks, and a sub-second
        // difference must not turn "10 days" into "9 days 8 hours".
        var exact = late ? calendar.WorkingTimeBetween(due, at) : calendar.WorkingTimeBetween(at, due);
        var time = TimeSpan.FromMinutes(Math.Round(exact.TotalMinutes));
        var days = (int)(time / calendar.Hours.WorkingDayLength);
        var hours = Math.Round((time - (calendar.Hours.WorkingDayLength * days)).TotalHours, 1);
        var text = $"{days} ngày {hours:0.#} giờ làm việc";
        return new TimeLeftDto(late, days, hours, late ? $"Quá hạn {text}" : $"Còn {text}");
    }

    private static StepDto Step(PlannedStep step) => new(step.Index, step.Kind.ToString(), step.Kind.Label());

    private async Task<Names> NamesAsync(CancellationToken cancellationToken) => new(await reference.CurrentAsync(cancellationToken));

    /// <summary>Offices, officers and procedures by name, from the cached reference data (no query).</summary>
    private sealed record Names(ReferenceSnapshot Reference)
    {
        public NamedDto Office(Guid id) => Reference.OfficeName(id) ?? Unknown;

        public NamedDto? Unit(Guid? id) => id is { } unitId && Reference.Unit(unitId) is { } unit ? new NamedDto(unit.Code, unit.Name) : null;

        public PersonDto? Person(Guid? id) => id is { } officerId ? Reference.Person(officerId) : null;

        public NamedDto Procedure(Guid versionId, string code) => Reference.ProcedureName(versionId) ?? new NamedDto(code, code);
    }
}
