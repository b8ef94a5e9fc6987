using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Forms;

/// <summary>
/// Sổ theo dõi hồ sơ (Mẫu 06 of TT 01/2018, Mẫu 07 of TT 03/2025), the ledger of the dossiers an office received between two days. Entry numbers run through
/// the year, as in the paper book (one book per year): each dossier's own, given at receipt. Who asks,
/// and whether the office is theirs, is read from the primary; the book itself from the reporting
/// tables (a replica may be seconds behind).
/// </summary>
public sealed record GetOfficeLedgerQuery(string OfficeCode, DateOnly? From, DateOnly? To) : IQuery<PrintedForm>;

public sealed class GetOfficeLedgerQueryValidator : AbstractValidator<GetOfficeLedgerQuery>
{
    public GetOfficeLedgerQueryValidator()
    {
        RuleFor(q => q.OfficeCode).SingleLineText();
        this.RequirePeriodOfAtMostAYear(q => q.From, q => q.To);
    }
}

public sealed class GetOfficeLedgerQueryHandler(
    IMotCuaDbContext db, IReportingDb reports, ICurrentOfficer currentOfficer, IReferenceData reference, IRegimes regimes, DossierAccess access, IFormPdfRenderer renderer)
    : IQueryHandler<GetOfficeLedgerQuery, PrintedForm>
{
    public async ValueTask<PrintedForm> Handle(GetOfficeLedgerQuery query, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var office = await db.Offices.SingleOrDefaultAsync(o => o.Code == query.OfficeCode, cancellationToken);
        if (office is null || !(office.Id == officer.OfficeId || (officer.SupervisesSubtree && await access.SupervisesOfficeAsync(officer, office.Id, cancellationToken))))
        {
            throw new NotFoundException($"Không tìm thấy sổ theo dõi của cơ quan {query.OfficeCode} trong phạm vi của bạn.");
        }

        var from = VietnamTime.StartOf(query.From!.Value);
        var to = VietnamTime.StartOf(query.To!.Value.AddDays(1));
        var dossiers = await reports.Dossiers.AsNoTracking()
            .Where(d => d.ReceivingOfficeId == office.Id && d.ReceivedAt >= from && d.ReceivedAt < to)
            .OrderBy(d => d.ReceivedAt).ThenBy(d => d.Code)
            .ToListAsync(cancellationToken);

        // Procedure and office names from the cached reference data.
        var snapshot = await reference.CurrentAsync(cancellationToken);

        var rows = dossiers.Select(d =>
        {
            var handoffs = d.Handoffs;
            var returnStep = d.Steps.Count - 1;
            return new LedgerRow(
                d.LedgerNumber,
                d.Code,
                snapshot.ProcedureName(d.ProcedureVersionId)?.Name ?? d.ProcedureCode,
                1,
                d.Applicant.FullName,
                ContactOf(d.Applicant),
                snapshot.Office(d.CompetentOfficeId)!.Name,
                d.ReceivedAt,
                d.DueAt,
                handoffs.Count > 1 ? handoffs[1].HandedAt : null,
                handoffs.FirstOrDefault(h => h.StepIndex == returnStep)?.HandedAt,
                d.Status == DossierStatus.Returned ? d.FinishedAt : null,
                d.Status is DossierStatus.Returned or DossierStatus.ResultReady or DossierStatus.InProgress or DossierStatus.Received ? null : d.Status.Label());
        }).ToList();
        rows = [.. rows.Concat(await GuidanceRowsAsync(office.Id, from, to, snapshot, cancellationToken)).OrderBy(r => r.ReceivedAt)];

        // A book belongs to the period its first day falls in: Mẫu 06 of TT 01/2018 or Mẫu 07 of TT 03/2025.
        var regime = regimes.For(query.From.Value);
        var issuer = FormIssuers.ForOffice(snapshot, office.Id, regime);
        var content = renderer.Ledger(new LedgerForm(regime.Form("ledger")!, issuer, query.From.Value, query.To.Value, rows));
        return new PrintedForm($"so-theo-doi-{office.Code}-{query.From:yyyyMMdd}-{query.To:yyyyMMdd}.pdf", content);
    }

    /// <summary>The desk's guidance on incomplete papers (Mẫu 02 at the desk): a line each, without entry number or code, no dossier exists.</summary>
    private async Task<IEnumerable<LedgerRow>> GuidanceRowsAsync(
        Guid officeId, DateTimeOffset from, DateTimeOffset to, Common.Reference.ReferenceSnapshot snapshot, CancellationToken cancellationToken)
    {
        var guidances = await reports.DeskGuidances.AsNoTracking()
            .Where(g => g.OfficeId == officeId && g.At >= from && g.At < to)
            .ToListAsync(cancellationToken);
        return guidances.Select(g => new LedgerRow(
            null,
            "",
            snapshot.ProcedureName(g.ProcedureVersionId)?.Name ?? g.ProcedureCode,
            1,
            g.Applicant.FullName,
            ContactOf(g.Applicant),
            snapshot.Office(officeId)!.Name,
            g.At,
            null,
            null,
            null,
            null,
            $"Hướng dẫn bổ sung tại quầy (phiếu số {g.Number})"));
    }

    private static string ContactOf(Applicant applicant) =>
        string.Join(", ", new[] { applicant.Address, applicant.Phone }.Where(v => !string.IsNullOrWhiteSpace(v)));
}
