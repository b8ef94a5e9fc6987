using FluentValidation;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Dossiers.List;

public sealed class ListDossiersQueryValidator : AbstractValidator<ListDossiersQuery>
{
    public ListDossiersQueryValidator()
    {
        // By name only: Enum.TryParse would also take "4" and "InProgress,Received" (4 | 2, another status).
        RuleFor(q => q.Status)
            .Must(s => s is null || Enum.GetNames<DossierStatus>().Contains(s, StringComparer.OrdinalIgnoreCase))
            .WithMessage("Trạng thái (status) phải là một trong: "
                + string.Join(", ", Enum.GetValues<DossierStatus>().Select(s => $"{s} ({s.Label()})")) + ".");
        RuleFor(q => q.Step)
            .Must(s => s is null or "receive" or "process" or "return")
            .WithMessage("Bước phải là receive, process hoặc return.");
        RuleFor(q => q.Assignee).Must(a => a is null or "me").WithMessage("Chỉ hỗ trợ assignee=me.");
        RuleFor(q => q.Scope).Must(s => s is null or "office" or "all").WithMessage("Phạm vi phải là office hoặc all.");
        RuleFor(q => q.ProcedureCode).SingleLineText();
        RuleFor(q => q.ReceivedFrom).SupportedDay();
        RuleFor(q => q.ReceivedTo).SupportedDay();
        RuleFor(q => q.Limit).InclusiveBetween(1, 200).When(q => q.Limit is not null).WithMessage("Số dòng mỗi trang từ 1 đến 200.");
        RuleFor(q => q.After).Must(DueCursor.IsValid).WithMessage("Vị trí trang (after) không hợp lệ; hãy dùng giá trị next của trang trước.");
        RuleFor(q => q.ReceivedTo)
            .GreaterThanOrEqualTo(q => q.ReceivedFrom).When(q => q.ReceivedFrom is not null && q.ReceivedTo is not null)
            .WithMessage("Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.");
    }
}
