namespace ThaiBinh.MotCua.Infrastructure.Seeding;

/// <summary>One entry of deploy/demo-users.json; <c>Email</c> receives the officer's digests (optional).</summary>
internal sealed record DemoUser(
    string Username,
    string Password,
    string FullName,
    IReadOnlyList<string> Roles,
    string OfficeCode,
    string UnitCode,
    string? Email = null);
