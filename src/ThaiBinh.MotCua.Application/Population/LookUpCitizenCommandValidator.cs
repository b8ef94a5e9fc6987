using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Identifiers;

namespace ThaiBinh.MotCua.Application.Population;

public sealed class LookUpCitizenCommandValidator : AbstractValidator<LookUpCitizenCommand>
{
    public LookUpCitizenCommandValidator()
    {
        RuleFor(c => c.CitizenId)
            .Cascade(CascadeMode.Stop)
            .SingleLineText()
            .Custom((value, context) =>
            {
                if (!CitizenId.TryParse(value, context.InstanceToValidate.BirthDate, out _, out var error))
                {
                    context.AddFailure(error);
                }
            });
        RuleFor(c => c.FullName)
            .SingleLineText()
            .NotEmpty().WithMessage("Vui lòng nhập họ và tên công dân cần tra cứu.")
            .MaximumLength(200).WithMessage("Họ tên dài tối đa 200 ký tự.");
        RuleFor(c => c.BirthDate)
            .NotNull().WithMessage("Vui lòng nhập ngày sinh của công dân cần tra cứu.")
            .SupportedDay();
        RuleFor(c => c.Reason)
            .SingleLineText()
            .NotEmpty().WithMessage("Vui lòng ghi mục đích tra cứu (ví dụ: tiếp nhận hồ sơ thủ tục 1.001193).")
            .MaximumLength(PopulationLookup.MaxReasonLength).WithMessage($"Mục đích tra cứu dài tối đa {PopulationLookup.MaxReasonLength} ký tự.");
        RuleFor(c => c.DossierCode)
            .SingleLineText()
            .MaximumLength(64).WithMessage("Mã hồ sơ dài tối đa 64 ký tự.");
    }
}
