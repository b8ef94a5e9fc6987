using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Calendar.Deadline;

public sealed class CalculateDeadlineQueryValidator : AbstractValidator<CalculateDeadlineQuery>
{
    public CalculateDeadlineQueryValidator()
    {
        RuleFor(q => q.From)
            .NotNull().WithMessage("Vui lòng cho biết thời điểm tiếp nhận (from), ví dụ 2026-02-13T10:00:00+07:00.")
            .SupportedInstant();
        RuleFor(q => q)
            .Must(q => new object?[] { q.WorkingDays, q.WorkingHours, q.SameDay is true ? true : null }.Count(v => v is not null) == 1)
            .OverridePropertyName("limit")
            .WithMessage("Cho biết đúng một trong: workingDays, workingHours hoặc sameDay=true.");
        RuleFor(q => q.WorkingDays)
            .InclusiveBetween(1, 365).When(q => q.WorkingDays is not null)
            .WithMessage("Số ngày làm việc phải từ 1 đến 365.");
        RuleFor(q => q.WorkingHours)
            .InclusiveBetween(1, 2920).When(q => q.WorkingHours is not null)
            .WithMessage("Số giờ làm việc phải từ 1 đến 2920.");
    }
}
