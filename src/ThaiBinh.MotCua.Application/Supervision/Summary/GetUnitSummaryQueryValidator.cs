using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Supervision.Summary;

public sealed class GetUnitSummaryQueryValidator : AbstractValidator<GetUnitSummaryQuery>
{
    public GetUnitSummaryQueryValidator() => RuleFor(q => q.UnitCode).SingleLineText();
}
