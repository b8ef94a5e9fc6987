using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Officers.List;

public sealed class ListOfficersQueryValidator : AbstractValidator<ListOfficersQuery>
{
    public ListOfficersQueryValidator()
    {
        RuleFor(q => q.Office).SingleLineText().MaximumLength(64).WithMessage("Mã cơ quan dài tối đa 64 ký tự.");
        RuleFor(q => q.Role)
            .Must(role => role is null || Enum.TryParse<Role>(role, ignoreCase: true, out _))
            .WithMessage($"Vai trò là một trong: {string.Join(", ", Enum.GetNames<Role>())}.");
    }
}
