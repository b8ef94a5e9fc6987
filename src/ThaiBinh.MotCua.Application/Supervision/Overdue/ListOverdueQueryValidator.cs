using FluentValidation;
using ThaiBinh.MotCua.Application.Common;

namespace ThaiBinh.MotCua.Application.Supervision.Overdue;

public sealed class ListOverdueQueryValidator : AbstractValidator<ListOverdueQuery>
{
    public ListOverdueQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, 500).When(q => q.Limit is not null).WithMessage("Số dòng mỗi trang từ 1 đến 500.");
        RuleFor(q => q.After).Must(DueCursor.IsValid).WithMessage("Vị trí trang (after) không hợp lệ; hãy dùng giá trị next của trang trước.");
    }
}
