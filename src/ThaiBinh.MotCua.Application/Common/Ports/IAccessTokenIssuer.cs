using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Common.Ports;

/// <summary>What a token says about its holder.</summary>
public sealed record TokenSubject(
    Guid OfficerId,
    string Username,
    string FullName,
    IReadOnlyList<Role> Roles,
    string OfficeCode,
    string UnitCode);

public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt);

public interface IAccessTokenIssuer
{
    IssuedToken Issue(TokenSubject subject);
}
