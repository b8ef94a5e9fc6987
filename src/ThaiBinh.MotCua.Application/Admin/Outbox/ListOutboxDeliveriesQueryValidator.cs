using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Admin.Outbox;

public sealed class ListOutboxDeliveriesQueryValidator : AbstractValidator<ListOutboxDeliveriesQuery>
{
    public static readonly IReadOnlyList<string> States = ["pending", "delivered", "dead"];

    public ListOutboxDeliveriesQueryValidator()
    {
        RuleFor(q => q.State).Must(s => s is null || States.Contains(s))
            .WithMessage("Trạng thái là một trong: pending (chờ gửi), delivered (đã gửi), dead (gửi không được).");
        RuleFor(q => q.Channel).SingleLineText().MaximumLength(32).WithMessage("Tên kênh dài tối đa 32 ký tự.");
        RuleFor(q => q.Page).InclusiveBetween(1, 100_000).When(q => q.Page is not null).WithMessage("Số trang từ 1 đến 100000.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 200).When(q => q.PageSize is not null).WithMessage("Số dòng mỗi trang từ 1 đến 200.");
    }
}
