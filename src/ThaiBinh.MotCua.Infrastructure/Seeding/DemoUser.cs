namespace ThaiBinh.MotCua.Infrastructure.Seeding;

/// <summary>One entry of deploy/demo-users.json.</summary>
internal sealed record DemoUser(
    string Username,
    string Password,
    string FullName,
    IReadOnlyList<string> Roles,
    string OfficeCode,
    string UnitCode);
