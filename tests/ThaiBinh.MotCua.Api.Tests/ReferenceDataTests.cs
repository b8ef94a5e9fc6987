using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests;

public sealed class ReferenceDataTests(ApiFixture api) : ApiTest
{
    [Fact]
    public async Task The_2019_tree_of_Thai_Binh_is_loaded_with_real_GSO_codes()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();

        var counts = await db.AdministrativeUnits
            .Where(u => u.ValidFrom == null) // the 2019 tree; later change sets and other tests add dated units
            .GroupBy(u => u.LevelCode)
            .ToDictionaryAsync(g => g.Key, g => g.Count());
        var province = await db.AdministrativeUnits.SingleAsync(u => u.ParentId == null && u.ValidFrom == null);
        var dongHung = await db.AdministrativeUnits.SingleAsync(u => u.Code == "340");
        var firstWard = await db.AdministrativeUnits.SingleAsync(u => u.Code == "12433");

        Assert.Equal(new Dictionary<string, int> { ["province"] = 1, ["district"] = 8, ["commune"] = 286 }, counts);
        Assert.Equal(("34", "Tỉnh Thái Bình"), (province.Code, province.Name));
        Assert.Equal(("Huyện Đông Hưng", province.Id), (dongHung.Name, dongHung.ParentId!.Value));
        Assert.Equal("Phường Lê Hồng Phong", firstWard.Name);
    }

    [Fact]
    public async Task Every_unit_has_one_reception_office_and_the_province_has_departments()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();

        var desksPerUnit = await db.AdministrativeUnits
            .Where(u => u.ValidFrom == null)
            .Select(u => db.Offices.Count(o => o.UnitId == u.Id && o.Kind != OfficeKind.Department))
            .ToListAsync();
        var departments = await db.Offices.CountAsync(o => o.Kind == OfficeKind.Department);
        var centre = await db.Offices.SingleAsync(o => o.Kind == OfficeKind.ServiceCentre && o.ValidFrom == null);
        var dongHungDesk = await db.Offices.SingleAsync(o => o.Code == "000.00.34.H54");

        Assert.Equal(295, desksPerUnit.Count);
        Assert.All(desksPerUnit, count => Assert.Equal(1, count));
        Assert.True(departments >= 5);
        Assert.Equal("Trung tâm Phục vụ hành chính công tỉnh Thái Bình", centre.Name);
        Assert.Equal("Bộ phận Tiếp nhận và Trả kết quả huyện Đông Hưng", dongHungDesk.Name);
    }

    [Fact]
    public async Task Loading_again_changes_nothing()
    {
        var before = await SnapshotAsync();

        await api.Factory.Services.InitializeDatabaseAsync();

        Assert.Equal(before, await SnapshotAsync());
    }

    private async Task<string> SnapshotAsync()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var units = await db.AdministrativeUnits.OrderBy(u => u.Code).Select(u => $"{u.Id}|{u.Code}|{u.Name}|{u.ParentId}").ToListAsync();
        var offices = await db.Offices.OrderBy(o => o.Code).Select(o => $"{o.Id}|{o.Code}|{o.Name}|{o.UnitId}").ToListAsync();
        var officers = await db.Officers.OrderBy(o => o.Username).Select(o => $"{o.Id}|{o.Username}|{o.OfficeId}|{o.PasswordHash}").ToListAsync();
        return string.Join('\n', units.Concat(offices).Concat(officers));
    }
}
