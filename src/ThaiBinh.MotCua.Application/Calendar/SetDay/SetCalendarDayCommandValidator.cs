using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Calendar;

namespace ThaiBinh.MotCua.Application.Calendar.SetDay;

public sealed class SetCalendarDayCommandValidator : AbstractValidator<SetCalendarDayCommand>
{
    public SetCalendarDayCommandValidator()
    {
        RuleFor(c => c.Date).SupportedDay();
        RuleFor(c => c.Kind)
            .Must(kind => CalendarNames.ParseKind(kind) is not null)
            .WithMessage("Loại ngày phải là holiday, compensatory, swapped_off, working_saturday hoặc working_day.");
        RuleFor(c => c.Kind)
            .Must((c, kind) => CalendarNames.ParseKind(kind) != DayKind.WorkingSaturday || c.Date.DayOfWeek == DayOfWeek.Saturday)
            .WithMessage("Ngày làm bù (working_saturday) phải là thứ Bảy.");
        RuleFor(c => c.Name)
            .SingleLineText()
            .NotEmpty().WithMessage("Vui lòng nhập tên ngày (ví dụ: Nghỉ bù Quốc khánh).")
            .MaximumLength(CalendarDay.MaxNameLength).WithMessage($"Tên ngày dài tối đa {CalendarDay.MaxNameLength} ký tự.");

        // A reason may quote a notice over several lines.
        RuleFor(c => c.Reason)
            .MultiLineText()
            .NotEmpty().WithMessage("Vui lòng ghi lý do thay đổi (căn cứ văn bản, thông báo).")
            .MaximumLength(CalendarChange.MaxReasonLength).WithMessage($"Lý do dài tối đa {CalendarChange.MaxReasonLength} ký tự.");
    }
}
