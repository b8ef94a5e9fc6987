using FluentValidation;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Application.Dossiers;

namespace ThaiBinh.MotCua.Application.Supervision.Overdue;

public sealed class ListOverdueQueryValidator : AbstractValidator<ListOverdueQuery>
{
    public ListOverdueQueryValidator(IMotCuaDbContext db)
    {
        RuleFor(q => q.UnitCode).SingleLineText();
        RuleFor(q => q.OfficeCode).SingleLineText();
        RuleFor(q => q.ProcedureCode).SingleLineText();
        RuleFor(q => q.Level).KnownLevel(db);
        RuleFor(q => q.Limit).InclusiveBetween(1, 500).When(q => q.Limit is not null).WithMessage("Số dòng mỗi trang từ 1 đến 500.");
        RuleFor(q => q.CountBy).Must(CountByParameter.IsValid).WithMessage(CountByParameter.Message);
        RuleFor(q => q.After).Must(DueCursor.IsValid).WithMessage("Vị trí trang (after) không hợp lệ; hãy dùng giá trị next của trang trước.");
    }
}
