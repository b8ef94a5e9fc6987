using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Application.Forms;

namespace ThaiBinh.MotCua.Application.Dossiers.Guidance;

/// <summary>
/// A desk guidance's Mẫu 02 (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ) as PDF, for its office's officers
/// and the supervisors above it. There is no dossier code yet: the form names the guidance's number.
/// </summary>
public sealed record GetDeskGuidanceFormQuery(string Id) : IQuery<PrintedForm>;

public sealed class GetDeskGuidanceFormQueryValidator : AbstractValidator<GetDeskGuidanceFormQuery>
{
    public GetDeskGuidanceFormQueryValidator() =>
        RuleFor(q => q.Id).SingleLineText()
            .Must(id => Guid.TryParse(id, out _)).WithMessage("Mã phiếu hướng dẫn (id) không hợp lệ.");
}

public sealed class GetDeskGuidanceFormQueryHandler(
    IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, DossierAccess access, IFormPdfRenderer renderer, IRegimes regimes)
    : IQueryHandler<GetDeskGuidanceFormQuery, PrintedForm>
{
    public async ValueTask<PrintedForm> Handle(GetDeskGuidanceFormQuery query, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var id = Guid.Parse(query.Id);
        var guidance = await db.DeskGuidances.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (guidance is null || !(guidance.OfficeId == officer.OfficeId
            || (officer.SupervisesSubtree && await access.SupervisesOfficeAsync(officer, guidance.OfficeId, cancellationToken))))
        {
            throw new NotFoundException("Không tìm thấy phiếu hướng dẫn bổ sung này trong phạm vi của bạn.");
        }

        var snapshot = await reference.CurrentAsync(cancellationToken);
        // The guidance's own day picks the form set and the header, as a dossier's receipt day does.
        var regime = regimes.At(guidance.At);
        var issuer = FormIssuers.ForOffice(snapshot, guidance.OfficeId, regime);
        var officerName = snapshot.Person(guidance.OfficerId)?.FullName ?? "";
        var applicant = guidance.Applicant;
        var form = new NoticeForm(
            regime.Form("supplement-request")!,
            issuer,
            $"chưa có (phiếu hướng dẫn số {guidance.Number})",
            applicant.FullName,
            applicant.Address,
            applicant.Phone,
            applicant.Email,
            snapshot.ProcedureName(guidance.ProcedureVersionId)?.Name ?? guidance.ProcedureCode,
            guidance.At,
            null,
            null,
            guidance.Items,
            guidance.At,
            officerName,
            PrintableForms.ContactOf(officerName, issuer.Office),
            guidance.Reasons);
        return new PrintedForm($"huong-dan-bo-sung-{guidance.Number}.pdf", renderer.SupplementRequest(form));
    }
}
