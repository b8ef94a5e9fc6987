namespace ThaiBinh.MotCua.Infrastructure.Security;

/// <summary>Claim names carried by the access token (short JWT names, no URI mapping).</summary>
public static class MotCuaClaims
{
    public const string Subject = "sub";
    public const string Username = "name";
    public const string FullName = "full_name";
    public const string Role = "role";
    public const string OfficeCode = "office_code";
    public const string UnitCode = "unit_code";
}
