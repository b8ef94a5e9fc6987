using FluentValidation;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Auth.IssueToken;

public sealed class IssueTokenCommandValidator : AbstractValidator<IssueTokenCommand>
{
    public IssueTokenCommandValidator()
    {
        RuleFor(c => c.Username)
            .NotEmpty().WithMessage("Vui lòng nhập tên đăng nhập.")
            .MaximumLength(Officer.MaxUsernameLength)
            .WithMessage($"Tên đăng nhập dài tối đa {Officer.MaxUsernameLength} ký tự.");
        RuleFor(c => c.Password)
            .NotEmpty().WithMessage("Vui lòng nhập mật khẩu.")
            .MaximumLength(256).WithMessage("Mật khẩu dài tối đa 256 ký tự.");
    }
}
