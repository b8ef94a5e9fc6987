using FluentValidation;
using Mediator;

namespace ThaiBinh.MotCua.Application.Auth.SignIn;

/// <summary>Sign in to the pages: answers with the officer the cookie is made for.</summary>
public sealed record SignInCommand(string? Username, string? Password) : ICommand<OfficerProfileDto>, ISignInRequest;

public sealed class SignInCommandHandler(OfficerCredentials credentials) : ICommandHandler<SignInCommand, OfficerProfileDto>
{
    public async ValueTask<OfficerProfileDto> Handle(SignInCommand command, CancellationToken cancellationToken) =>
        (await credentials.CheckAsync(command, cancellationToken)).Profile;
}

public sealed class SignInCommandValidator : AbstractValidator<SignInCommand>
{
    public SignInCommandValidator() => Include(new SignInRequestValidator());
}
