using System.Security.Claims;

namespace ThaiBinh.MotCua.Application.Auth;

/// <summary>
/// Claim names of a signed-in officer, the same in the API's bearer token and the pages' cookie
/// (short JWT names, no URI mapping).
/// </summary>
public static class OfficerClaims
{
    public const string Subject = "sub";
    public const string Username = "name";
    public const string FullName = "full_name";
    public const string Role = "role";
    public const string OfficeCode = "office_code";
    public const string UnitCode = "unit_code";

    /// <summary>The identity a cookie carries for <paramref name="officer"/>.</summary>
    public static ClaimsIdentity IdentityOf(OfficerProfileDto officer, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, Username, Role);
        identity.AddClaim(new Claim(Subject, officer.Id.ToString()));
        identity.AddClaim(new Claim(Username, officer.Username));
        identity.AddClaim(new Claim(FullName, officer.FullName));
        identity.AddClaim(new Claim(OfficeCode, officer.Office.Code));
        identity.AddClaim(new Claim(UnitCode, officer.Unit.Code));
        foreach (var role in officer.Roles)
        {
            identity.AddClaim(new Claim(Role, role));
        }

        return identity;
    }

    /// <summary>The officer's id in <paramref name="user"/>, or null for an anonymous one.</summary>
    public static Guid? OfficerIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(Subject)?.Value, out var id) ? id : null;
}
