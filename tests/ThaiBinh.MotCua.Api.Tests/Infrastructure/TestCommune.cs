using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Units;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// A commune of the tests' own, in force on every day: 97436 under Thành phố Thái Bình with a desk of
/// its own, and 97999 beside it without one. Codes that no real unit or office bears, in either world.
/// </summary>
public static class TestCommune
{
    public const string UnitCode = "97436";
    public const string UnitName = "Phường Thử Nghiệm Ranh Giới";
    public const string DeskCode = "000.97.31.H54";
    public const string WithoutDeskCode = "97999";

    /// <summary>Adds them unless a test of the class already did (the fixture restores the seeded database per class).</summary>
    public static async Task EnsureAsync(ApiFixture api)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        if (await db.AdministrativeUnits.AnyAsync(u => u.Code == UnitCode))
        {
            return;
        }

        var city = await db.AdministrativeUnits.SingleAsync(u => u.Code == "336");
        var commune = new AdministrativeUnit(UnitCode, UnitName, "Phường", "commune", city.Id, null);
        db.AdministrativeUnits.Add(commune);
        db.AdministrativeUnits.Add(new AdministrativeUnit(WithoutDeskCode, "Xã Thử Nghiệm Chưa Có Bộ Phận", "Xã", "commune", city.Id, null));
        db.Offices.Add(new Office(DeskCode, "Bộ phận Tiếp nhận và Trả kết quả phường Thử Nghiệm Ranh Giới", OfficeKind.ReceptionUnit, commune.Id));
        await db.SaveChangesAsync();
    }
}
