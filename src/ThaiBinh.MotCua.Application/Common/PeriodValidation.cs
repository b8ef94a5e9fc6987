using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Common;

/// <summary>The from/to days of a ledger or a report: both given, in order, at most a year apart.</summary>
public static class PeriodValidation
{
    public const int MaxDays = 366;

    public static void RequirePeriodOfAtMostAYear<T>(this AbstractValidator<T> validator, Func<T, DateOnly?> from, Func<T, DateOnly?> to)
    {
        validator.RuleFor(q => from(q)).NotNull().WithMessage("Vui lòng chọn ngày bắt đầu (from=yyyy-MM-dd).").SupportedDay().OverridePropertyName("from");
        validator.RuleFor(q => to(q)).NotNull().WithMessage("Vui lòng chọn ngày kết thúc (to=yyyy-MM-dd).").SupportedDay().OverridePropertyName("to");
        validator.RuleFor(q => to(q))
            .Must((q, end) => from(q) is not { } start || end is null || (end >= start && end.Value.DayNumber - start.DayNumber <= MaxDays))
            .OverridePropertyName("to")
            .WithMessage("Ngày kết thúc phải sau ngày bắt đầu, trong vòng một năm.");
    }
}
