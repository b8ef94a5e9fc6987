using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Procedures.List;

public sealed class ListProceduresQueryValidator : AbstractValidator<ListProceduresQuery>
{
    public ListProceduresQueryValidator(IMotCuaDbContext db)
    {
        RuleFor(q => q.Level).KnownLevel(db);
        RuleFor(q => q.Search).SingleLineText().MaximumLength(200).WithMessage("Từ khóa tìm kiếm dài tối đa 200 ký tự.");
        RuleFor(q => q.Code).SingleLineText();
        RuleFor(q => q.On).SupportedDay();
    }
}
