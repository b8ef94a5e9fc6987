using Mediator;
using ThaiBinh.MotCua.Application.Auth.SignIn;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Application.Auth.IssueToken;

/// <summary>Sign in with a username and password; answers with a bearer token.</summary>
public sealed record IssueTokenCommand(string? Username, string? Password) : ICommand<AccessTokenDto>, ISignInRequest;

public sealed record AccessTokenDto(
    string AccessToken,
    string TokenType,
    DateTimeOffset ExpiresAt,
    OfficerProfileDto Officer);

public sealed class IssueTokenCommandHandler(OfficerCredentials credentials, IAccessTokenIssuer tokenIssuer)
    : ICommandHandler<IssueTokenCommand, AccessTokenDto>
{
    public async ValueTask<AccessTokenDto> Handle(IssueTokenCommand command, CancellationToken cancellationToken)
    {
        var (officer, profile) = await credentials.CheckAsync(command, cancellationToken);
        var token = tokenIssuer.Issue(new TokenSubject(
            profile.Id, profile.Username, profile.FullName, officer.Roles, profile.Office.Code, profile.Unit.Code));
        return new AccessTokenDto(token.AccessToken, "Bearer", token.ExpiresAt, profile);
    }
}
