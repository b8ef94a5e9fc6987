using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ThaiBinh.MotCua.Application.NationalPortal.Inbound;

/// <summary>The portal's shared token, compared in constant time (of its hash, so the length leaks nothing either).</summary>
public sealed class PortalInboundToken(IOptions<PortalInboundOptions> options)
{
    public const string Header = "X-Portal-Token";

    /// <summary>Refuses, as not signed in (401), a request whose token is missing or wrong, or any when none is configured.</summary>
    public void Require(string? presented)
    {
        var expected = options.Value.Token;
        var matches = expected.Length > 0 && presented is not null
            && CryptographicOperations.FixedTimeEquals(
                SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
        if (!matches)
        {
            throw new PortalNotAuthenticatedException();
        }
    }
}

/// <summary>The caller is not the national portal (no or a wrong shared token).</summary>
public sealed class PortalNotAuthenticatedException()
    : Exception("Mã xác thực của Cổng Dịch vụ công quốc gia (X-Portal-Token) không đúng hoặc chưa gửi.");
