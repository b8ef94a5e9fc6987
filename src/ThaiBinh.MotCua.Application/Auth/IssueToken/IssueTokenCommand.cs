using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Auth.IssueToken;

/// <summary>Sign in with a username and password; answers with a bearer token.</summary>
public sealed record IssueTokenCommand(string? Username, string? Password) : ICommand<AccessTokenDto>;

public sealed record AccessTokenDto(
    string AccessToken,
    string TokenType,
    DateTimeOffset ExpiresAt,
    OfficerProfileDto Officer);

public sealed class IssueTokenCommandHandler(
    IMotCuaDbContext db,
    IPasswordHasher passwordHasher,
    ISignInThrottle throttle,
    IAccessTokenIssuer tokenIssuer,
    TimeProvider clock,
    ILogger<IssueTokenCommandHandler> logger) : ICommandHandler<IssueTokenCommand, AccessTokenDto>
{
    public async ValueTask<AccessTokenDto> Handle(IssueTokenCommand command, CancellationToken cancellationToken)
    {
        var username = Officer.NormalizeUsername(command.Username!);
        var password = command.Password!;
        using var attempt = await throttle.BeginAsync(username, cancellationToken);
        var officer = await db.Officers.SingleOrDefaultAsync(o => o.Username == username && o.IsActive, cancellationToken);

        var check = PasswordCheck.Failed;
        if (officer is null)
        {
            passwordHasher.CheckAgainstDecoy(password);
        }
        else
        {
            check = passwordHasher.Check(officer.PasswordHash, password);
        }

        if (officer is null || check == PasswordCheck.Failed)
        {
            attempt.Failed();
            logger.LogWarning("Sign-in refused for {Username}", username);
            throw new InvalidCredentialsException();
        }

        if (check == PasswordCheck.SucceededRehashNeeded)
        {
            officer.SetPasswordHash(passwordHasher.Hash(password));
        }

        officer.RecordSignIn(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        var profile = await OfficerProfiles.LoadAsync(db, officer.Id, cancellationToken)
            ?? throw new InvalidCredentialsException();
        var token = tokenIssuer.Issue(new TokenSubject(
            profile.Id, profile.Username, profile.FullName, officer.Roles, profile.Office.Code, profile.Unit.Code));
        return new AccessTokenDto(token.AccessToken, "Bearer", token.ExpiresAt, profile);
    }
}
