using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Calendar.GetYear;

public sealed class GetCalendarYearQueryValidator : AbstractValidator<GetCalendarYearQuery>
{
    public GetCalendarYearQueryValidator() =>
        RuleFor(q => q.Year)
            .InclusiveBetween(SupportedDates.FirstYear, SupportedDates.LastYear)
            .WithMessage($"Năm phải từ {SupportedDates.FirstYear} đến {SupportedDates.LastYear}.");
}
