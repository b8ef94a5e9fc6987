using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Offices;

namespace ThaiBinh.MotCua.Application.Admin.HandOver;

public sealed class HandOverDossiersCommandValidator : AbstractValidator<HandOverDossiersCommand>
{
    public HandOverDossiersCommandValidator()
    {
        RuleFor(c => c.OfficeCode)
            .SingleLineText()
            .MaximumLength(Office.MaxCodeLength).WithMessage($"Mã cơ quan dài tối đa {Office.MaxCodeLength} ký tự.");
    }
}
