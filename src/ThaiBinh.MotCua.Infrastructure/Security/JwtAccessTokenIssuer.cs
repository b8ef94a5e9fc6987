using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
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
                [MotCuaClaims.Subject] = subject.OfficerId.ToString(),
                [MotCuaClaims.Username] = subject.Username,
                [MotCuaClaims.FullName] = subject.FullName,
                [MotCuaClaims.Role] = subject.Roles.Select(r => r.ToString()).ToArray(),
                [MotCuaClaims.OfficeCode] = subject.OfficeCode,
                [MotCuaClaims.UnitCode] = subject.UnitCode,
            },
        };
        return new IssuedToken(_handler.CreateToken(descriptor), expiresAt);
    }
}
