using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Auth.SignIn;

/// <summary>The rules of a username and password, included by each way of signing in.</summary>
public sealed class SignInRequestValidator : AbstractValidator<ISignInRequest>
{
    public SignInRequestValidator()
    {
        RuleFor(c => c.Username)
            .SingleLineText()
            .NotEmpty().WithMessage("Vui lòng nhập tên đăng nhập.")
            .MaximumLength(Officer.MaxUsernameLength)
            .WithMessage($"Tên đăng nhập dài tối đa {Officer.MaxUsernameLength} ký tự.");

        // No stored password holds a control character (RFC 8265 refuses them too): refusing one
        // here costs no password hash and tells nothing about the account.
        RuleFor(c => c.Password)
            .SingleLineText()
            .NotEmpty().WithMessage("Vui lòng nhập mật khẩu.")
            .MaximumLength(256).WithMessage("Mật khẩu dài tối đa 256 ký tự.");
    }
}
