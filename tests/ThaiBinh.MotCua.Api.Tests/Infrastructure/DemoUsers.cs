using System.Text.Json;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>deploy/demo-users.json, read as the README documents it.</summary>
public static class DemoUsers
{
    public static IReadOnlyList<DemoUser> Load() =>
        JsonSerializer.Deserialize<List<DemoUser>>(
            File.ReadAllText(RepositoryFiles.DemoUsersPath), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    public sealed record DemoUser(string Username, string Password, string[] Roles, string OfficeCode, string UnitCode);
}
