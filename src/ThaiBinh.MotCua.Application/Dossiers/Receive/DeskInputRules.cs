using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Application.Dossiers.Receive;

/// <summary>What the desk types about the procedure and the applicant, the same for a receipt, a refusal and a guidance.</summary>
public static class DeskInputRules
{
    public static IRuleBuilderOptions<T, string?> DeskProcedureCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.SingleLineText()
            .NotEmpty().WithMessage("Vui lòng chọn thủ tục hành chính (procedureCode).")
            .MaximumLength(Procedure.MaxCodeLength).WithMessage($"Mã thủ tục dài tối đa {Procedure.MaxCodeLength} ký tự.");

    public static IRuleBuilderOptions<T, ApplicantInput?> DeskApplicant<T>(this IRuleBuilder<T, ApplicantInput?> rule) =>
        rule.NotNull().WithMessage("Vui lòng nhập thông tin người nộp hồ sơ.")
            .SetValidator(new ReceiveDossierCommandValidator.ApplicantInputValidator()!);
}
