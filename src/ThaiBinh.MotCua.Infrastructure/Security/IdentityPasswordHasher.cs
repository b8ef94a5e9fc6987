using Microsoft.AspNetCore.Identity;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Infrastructure.Security;

/// <summary>ASP.NET Core Identity's PBKDF2 hasher (format v3: HMAC-SHA512, 100,000 iterations, salted).</summary>
internal sealed class IdentityPasswordHasher : IPasswordHasher
{
    private readonly PasswordHasher<Officer> _hasher = new();
    private readonly Lazy<string> _decoyHash;

    public IdentityPasswordHasher() =>
        _decoyHash = new Lazy<string>(() => _hasher.HashPassword(null!, Guid.NewGuid().ToString()));

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public PasswordCheck Check(string passwordHash, string password) =>
        _hasher.VerifyHashedPassword(null!, passwordHash, password) switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Succeeded,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SucceededRehashNeeded,
            _ => PasswordCheck.Failed,
        };

    public void CheckAgainstDecoy(string password) => _hasher.VerifyHashedPassword(null!, _decoyHash.Value, password);
}
