using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Dossiers.Act;

/// <summary>
/// What a move's body must hold. Reasons, lists of documents and notes are typed in text areas and
/// may run over several lines; the dossier code, the assignee's username and the recipient's name are one line.
/// </summary>
public sealed class ActOnDossierCommandValidator : AbstractValidator<ActOnDossierCommand>
{
    public ActOnDossierCommandValidator()
    {
        RuleFor(c => c.Code).SingleLineText();
        RuleFor(c => c.Action)
            .Must(DossierMoves.All.ContainsKey)
            .WithMessage("Thao tác phải là một trong: " + string.Join(", ", DossierMoves.All.Keys) + ".");
        RuleFor(c => c.Decision)
            .Must(d => d is "approve" or "reject" or "request-supplement").When(c => c.Action == "assess")
            .WithMessage("Kết quả thẩm định (decision) phải là approve, reject hoặc request-supplement.");
        RuleFor(c => c.Decision)
            .Must(d => d is null or "approve" or "send-back").When(c => c.Action == "approve")
            .WithMessage("Quyết định (decision) phải là approve hoặc send-back.");
        RuleFor(c => c.Assignee)
            .NotEmpty().When(c => c.Action == "assign").WithMessage("Vui lòng chọn cán bộ được phân công (assignee).")
            .SingleLineText();
        RuleFor(c => c.ReceivedBy)
            .NotEmpty().When(c => c.Action == "return").WithMessage("Vui lòng ghi tên người nhận kết quả (receivedBy).")
            .SingleLineText()
            .MaximumLength(200).WithMessage("Tên người nhận dài tối đa 200 ký tự.");
        RuleFor(c => c.NewDueAt)
            .NotNull().When(c => c.Action == "extend").WithMessage("Vui lòng chọn ngày hẹn trả mới (newDueAt).")
            .SupportedInstant();
        RuleFor(c => c.Reason)
            .NotEmpty().When(c => c.Action is "refuse" or "extend" or "withdraw" or "stop" || AsksForSupplement(c)
                || (c.Action == "assess" && c.Decision == "reject") || (c.Action == "approve" && c.Decision == "send-back"))
            .WithMessage("Vui lòng ghi rõ lý do (reason).")
            .MultiLineText()
            .MaximumLength(Dossier.MaxReasonLength).WithMessage($"Lý do dài tối đa {Dossier.MaxReasonLength} ký tự.");
        RuleFor(c => c.Items)
            .NotEmpty().When(AsksForSupplement)
            .WithMessage("Vui lòng liệt kê giấy tờ cần bổ sung (items).")
            .MultiLineText()
            .MaximumLength(Dossier.MaxReasonLength).WithMessage($"Danh mục bổ sung dài tối đa {Dossier.MaxReasonLength} ký tự.");
        RuleFor(c => c.Note)
            .MultiLineText()
            .MaximumLength(Dossier.MaxReasonLength).WithMessage($"Ghi chú dài tối đa {Dossier.MaxReasonLength} ký tự.");
    }

    /// <summary>Mẫu 02 needs both what to bring (items) and why (reason).</summary>
    private static bool AsksForSupplement(ActOnDossierCommand c) =>
        c.Action == "request-supplement" || (c.Action == "assess" && c.Decision == "request-supplement");
}
