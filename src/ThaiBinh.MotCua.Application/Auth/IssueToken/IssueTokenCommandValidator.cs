using FluentValidation;
using ThaiBinh.MotCua.Application.Auth.SignIn;

namespace ThaiBinh.MotCua.Application.Auth.IssueToken;

public sealed class IssueTokenCommandValidator : AbstractValidator<IssueTokenCommand>
{
    public IssueTokenCommandValidator() => Include(new SignInRequestValidator());
}
