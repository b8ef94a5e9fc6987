using FluentValidation;
using Mediator;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Application.Dossiers.Receive;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Dossiers.Guidance;

/// <summary>
/// Hướng dẫn bổ sung tại quầy (Art. 17(1)(a), Mẫu 02): the desk records what an incomplete set of
/// papers lacks and why, for the procedure and applicant a receipt would name; no dossier is created.
/// </summary>
public sealed record GiveDeskGuidanceCommand(
    string? ProcedureCode,
    string? ProcedureLevel,
    ApplicantInput? Applicant,
    string? Items,
    string? Reasons) : ICommand<DeskGuidanceDto>;

/// <summary>A recorded guidance, with the address of its Mẫu 02.</summary>
public sealed record DeskGuidanceDto(
    Guid Id,
    long Number,
    string OfficeCode,
    string ProcedureCode,
    string Procedure,
    string ApplicantName,
    string Items,
    string Reasons,
    string GivenBy,
    DateTimeOffset At,
    string Form);

/// <summary>Where the desk is sent when a receipt lacks documents.</summary>
public static class DeskGuidanceRoutes
{
    public const string Hint = "Hãy lập phiếu hướng dẫn bổ sung, hoàn thiện hồ sơ (Mẫu 02): POST /api/desk-guidance.";

    public static string FormOf(Guid id) => $"/api/desk-guidance/{id}/form.pdf";
}

public sealed class GiveDeskGuidanceCommandValidator : AbstractValidator<GiveDeskGuidanceCommand>
{
    public GiveDeskGuidanceCommandValidator(IMotCuaDbContext db)
    {
        RuleFor(c => c.ProcedureCode).DeskProcedureCode();
        RuleFor(c => c.ProcedureLevel).KnownLevel(db);
        RuleFor(c => c.Applicant).DeskApplicant();
        RuleFor(c => c.Items)
            .NotEmpty().WithMessage("Vui lòng liệt kê giấy tờ cần bổ sung, hoàn thiện (items).")
            .MultiLineText()
            .MaximumLength(Dossier.MaxReasonLength).WithMessage($"Danh mục bổ sung dài tối đa {Dossier.MaxReasonLength} ký tự.");
        RuleFor(c => c.Reasons)
            .NotEmpty().WithMessage("Vui lòng ghi rõ lý do (reasons).")
            .MultiLineText()
            .MaximumLength(Dossier.MaxReasonLength).WithMessage($"Lý do dài tối đa {Dossier.MaxReasonLength} ký tự.");
    }
}
