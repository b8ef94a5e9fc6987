using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace ThaiBinh.MotCua.Infrastructure.Security;

/// <summary>How tokens are signed and checked. Read once at startup from the "Auth" section.</summary>
public sealed class JwtSettings
{
    public const string Section = "Auth";
    public const int MinimumKeyLength = 32;

    private JwtSettings(string issuer, string audience, SymmetricSecurityKey signingKey, TimeSpan lifetime)
    {
        Issuer = issuer;
        Audience = audience;
        SigningKey = signingKey;
        Lifetime = lifetime;
    }

    public string Issuer { get; }

    public string Audience { get; }

    public SymmetricSecurityKey SigningKey { get; }

    public TimeSpan Lifetime { get; }

    /// <summary>
    /// Reads the settings. Outside Development a missing or short signing key stops the host from
    /// starting; in Development the key comes from <c>Auth:DevelopmentKeyFile</c> (relative to the
    /// content root; made once when missing), or, with no file named, is random for each start.
    /// </summary>
    public static JwtSettings Load(IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(Section);
        var key = section["SigningKey"];
        if (string.IsNullOrWhiteSpace(key))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    $"Auth:SigningKey is not configured. Outside Development the API does not start without a signing key of at least {MinimumKeyLength} characters.");
            }

            var keyFile = section["DevelopmentKeyFile"];
            key = string.IsNullOrWhiteSpace(keyFile)
                ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(48))
                : DevelopmentSigningKey.LoadOrCreate(Path.GetFullPath(keyFile, environment.ContentRootPath));
        }

        if (key.Length < MinimumKeyLength)
        {
            throw new InvalidOperationException($"Auth:SigningKey must be at least {MinimumKeyLength} characters long.");
        }

        return new JwtSettings(
            section["Issuer"] ?? "ThaiBinh.MotCua",
            section["Audience"] ?? "ThaiBinh.MotCua",
            new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)),
            TimeSpan.FromMinutes(section.GetValue("TokenLifetimeMinutes", 480)));
    }
}
