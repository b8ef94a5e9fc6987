using System.Security.Claims;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Application.Auth;

/// <summary>
/// The actor of the current scope, built from the claims of whoever opened it: the API's request
/// (bearer token), a page's request (cookie) or an interactive circuit (the cookie it started with).
/// The use cases read it and never the HTTP context, so they hold the same way in all three.
/// </summary>
public sealed class SignedInOfficer : ICurrentOfficer
{
    public Guid? OfficerId { get; private set; }

    public string? Username { get; private set; }

    public string? IpAddress { get; private set; }

    /// <summary>Takes the officer (or nobody) from <paramref name="user"/>, seen from <paramref name="ipAddress"/>.</summary>
    public void Become(ClaimsPrincipal user, string? ipAddress)
    {
        OfficerId = OfficerClaims.OfficerIdOf(user);
        Username = OfficerId is null ? null : user.FindFirst(OfficerClaims.Username)?.Value;
        IpAddress = ipAddress;
    }

    /// <summary>The same actor in another scope (a unit of work a circuit opens for one query).</summary>
    public void Become(SignedInOfficer other)
    {
        OfficerId = other.OfficerId;
        Username = other.Username;
        IpAddress = other.IpAddress;
    }
}
