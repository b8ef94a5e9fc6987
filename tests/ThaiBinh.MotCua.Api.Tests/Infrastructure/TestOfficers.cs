using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// Officers of a test's own, with the demo password, for tests that must not share a username with
/// others: throttling counts per username, and the fixture caches the demo users' tokens.
/// </summary>
public static class TestOfficers
{
    public static Task<string> AddAsync(ApiFixture api, string prefix, params Role[] roles) => AddAtAsync(api, "000.00.01.H54", prefix, roles);

    /// <summary>An officer of the test's own posted at the office bearing <paramref name="officeCode"/>.</summary>
    public static async Task<string> AddAtAsync(ApiFixture api, string officeCode, string prefix, params Role[] roles)
    {
        var username = $"{prefix}.{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, Officer.MaxUsernameLength)];
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher>();
        var office = await db.Offices.SingleAsync(o => o.Code == officeCode);
        db.Officers.Add(new Officer(username, "Cán bộ kiểm thử", office.Id, roles, hasher.Hash(ApiFixture.DemoPassword)));
        await db.SaveChangesAsync();
        return username;
    }

    /// <summary>Changes an officer in the database behind the API's back, as an administrator's tool would.</summary>
    public static async Task UpdateAsync(ApiFixture api, string username, string set)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"UPDATE officers SET {set} WHERE username = @username", connection);
        command.Parameters.AddWithValue("username", username);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
