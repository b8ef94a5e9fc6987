using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ThaiBinh.MotCua.Application.Auth;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Infrastructure.Security;

internal sealed class JwtAccessTokenIssuer(JwtSettings settings, TimeProvider clock) : IAccessTokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new();

    public IssuedToken Issue(TokenSubject subject)
    {
        var now = clock.GetUtcNow();
        var expiresAt = now + settings.Lifetime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = new SigningCredentials(settings.SigningKey, SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object>
            {
                [OfficerClaims.Subject] = subject.OfficerId.ToString(),
                [OfficerClaims.Username] = subject.Username,
                [OfficerClaims.FullName] = subject.FullName,
                [OfficerClaims.Role] = subject.Roles.Select(r => r.ToString()).ToArray(),
                [OfficerClaims.OfficeCode] = subject.OfficeCode,
                [OfficerClaims.UnitCode] = subject.UnitCode,
            },
        };
        return new IssuedToken(_handler.CreateToken(descriptor), expiresAt);
    }
}
