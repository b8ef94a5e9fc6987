using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.NationalPortal.Inbound;

/// <summary>What the desk's answer to an online dossier must hold: the completion request its items and reasons, the refusal its reasons.</summary>
public sealed class DecideOnlineDossierCommandValidator : AbstractValidator<DecideOnlineDossierCommand>
{
    public DecideOnlineDossierCommandValidator()
    {
        RuleFor(c => c.Code).SingleLineText();
        RuleFor(c => c.Decision)
            .Must(DecideOnlineDossierCommand.Decisions.Contains)
            .WithMessage("Thao tác phải là một trong: " + string.Join(", ", DecideOnlineDossierCommand.Decisions) + ".");
        RuleFor(c => c.Items)
            .NotEmpty().When(c => c.Decision == DecideOnlineDossierCommand.CompletionRequest)
            .WithMessage("Vui lòng liệt kê giấy tờ cần bổ sung, hoàn thiện (items).")
            .MultiLineText()
            .MaximumLength(Dossier.MaxReasonLength).WithMessage($"Danh mục bổ sung dài tối đa {Dossier.MaxReasonLength} ký tự.");
        RuleFor(c => c.Reasons)
            .NotEmpty().When(c => c.Decision is DecideOnlineDossierCommand.CompletionRequest or DecideOnlineDossierCommand.Refusal)
            .WithMessage("Vui lòng ghi rõ lý do (reasons).")
            .MultiLineText()
            .MaximumLength(Dossier.MaxReasonLength).WithMessage($"Lý do dài tối đa {Dossier.MaxReasonLength} ký tự.");
    }
}
