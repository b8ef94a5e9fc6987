using FluentValidation;

namespace ThaiBinh.MotCua.Application.Calendar.GetYear;

public sealed class GetCalendarYearQueryValidator : AbstractValidator<GetCalendarYearQuery>
{
    public const int FirstYear = 1901;
    public const int LastYear = 2199;

    public GetCalendarYearQueryValidator() =>
        RuleFor(q => q.Year)
            .InclusiveBetween(FirstYear, LastYear)
            .WithMessage($"Năm phải từ {FirstYear} đến {LastYear}.");
}
