using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Units;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// A small reorganisation of a test's own, shaped like 1 July 2025, with codes no real unit bears:
/// district <c>9{n}</c> under province 34 with communes A <c>9{n}01</c> and B <c>9{n}02</c>, each with
/// a desk, all closing on 30/06/2025. From 01/07/2025 commune N1 reuses A's code, succeeds A and B and
/// sits directly under the province; N2 <c>9{n}03</c> succeeds part of B (a split). Each desk has a
/// reception officer; N1's also a specialist, a leader and a supervisor; A and B's desks name N1's as
/// successor, the district's desk names none.
/// </summary>
public sealed record ReorganisedWorld(string N, string CommuneA, string CommuneB, string CommuneN2)
{
    public static readonly DateOnly LastOldDay = new(2025, 6, 30);
    public static readonly DateOnly FirstNewDay = new(2025, 7, 1);

    public string DistrictDesk => $"000.{N}.00.H54";

    public string DeskA => $"000.{N}.01.H54";

    public string DeskB => $"000.{N}.02.H54";

    public string DeskN1 => $"000.{N}.11.H54";

    public string DeskN2 => $"000.{N}.13.H54";

    public string ReceptionA => $"t{N}.tn.a";

    public string ReceptionB => $"t{N}.tn.b";

    public string ReceptionN1 => $"t{N}.tn.n1";

    public string SpecialistN1 => $"t{N}.cv.n1";

    public string LeaderN1 => $"t{N}.ld.n1";

    public string SupervisorN1 => $"t{N}.gs.n1";

    public string SupervisorN2 => $"t{N}.gs.n2";

    /// <param name="api">The fixture whose database receives the world.</param>
    /// <param name="n">Two digits that make this world's codes unique in the test database.</param>
    public static async Task<ReorganisedWorld> CreateAsync(ApiFixture api, string n)
    {
        var world = new ReorganisedWorld(n, $"9{n}01", $"9{n}02", $"9{n}03");
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var hash = scope.ServiceProvider.GetRequiredService<IPasswordHasher>().Hash(ApiFixture.DemoPassword);
        var province = await db.AdministrativeUnits.SingleAsync(u => u.Code == "34");
        var since = new DateOnly(2025, 1, 1);

        var district = new AdministrativeUnit($"9{n}", $"Huyện Thử {n}", "Huyện", "district", province.Id, since);
        var communeA = new AdministrativeUnit(world.CommuneA, $"Xã Thử {n} A", "Xã", "commune", district.Id, since);
        var communeB = new AdministrativeUnit(world.CommuneB, $"Xã Thử {n} B", "Xã", "commune", district.Id, since);
        db.AdministrativeUnits.AddRange(district, communeA, communeB);
        var (n1, linksN1) = Reorganisation.Merge([communeA, communeB], world.CommuneA, $"Phường Thử {n} Mới", "Phường", "commune", province.Id, FirstNewDay);
        // B is already closed by the merger; its other part goes to N2, as the three split communes of 2025 do.
        var n2 = new AdministrativeUnit(world.CommuneN2, $"Xã Thử {n} Tách", "Xã", "commune", province.Id, FirstNewDay);
        district.Close(LastOldDay);
        db.AdministrativeUnits.AddRange(n1, n2);
        db.UnitPredecessors.AddRange(linksN1);
        db.UnitPredecessors.Add(new UnitPredecessor(n2.Id, communeB.Id));

        var districtDesk = new Office(world.DistrictDesk, $"Bộ phận Tiếp nhận và Trả kết quả huyện Thử {n}", OfficeKind.ReceptionUnit, district.Id);
        var deskA = new Office(world.DeskA, $"Bộ phận Tiếp nhận và Trả kết quả xã Thử {n} A", OfficeKind.ReceptionUnit, communeA.Id);
        var deskB = new Office(world.DeskB, $"Bộ phận Tiếp nhận và Trả kết quả xã Thử {n} B", OfficeKind.ReceptionUnit, communeB.Id);
        var deskN1 = new Office(world.DeskN1, $"Trung tâm Phục vụ hành chính công phường Thử {n} Mới", OfficeKind.ReceptionUnit, n1.Id, FirstNewDay);
        var deskN2 = new Office(world.DeskN2, $"Trung tâm Phục vụ hành chính công xã Thử {n} Tách", OfficeKind.ReceptionUnit, n2.Id, FirstNewDay);
        districtDesk.Close(LastOldDay);
        deskA.CloseInFavourOf(LastOldDay, deskN1);
        deskB.CloseInFavourOf(LastOldDay, deskN1);
        db.Offices.AddRange(districtDesk, deskA, deskB, deskN1, deskN2);

        db.Officers.AddRange(
            new Officer(world.ReceptionA, "Cán bộ tiếp nhận xã A", deskA.Id, [Role.Reception], hash),
            new Officer(world.ReceptionB, "Cán bộ tiếp nhận xã B", deskB.Id, [Role.Reception], hash),
            new Officer(world.ReceptionN1, "Cán bộ tiếp nhận phường mới", deskN1.Id, [Role.Reception], hash),
            new Officer(world.SpecialistN1, "Chuyên viên phường mới", deskN1.Id, [Role.Specialist], hash),
            new Officer(world.LeaderN1, "Lãnh đạo phường mới", deskN1.Id, [Role.Leader], hash),
            new Officer(world.SupervisorN1, "Giám sát phường mới", deskN1.Id, [Role.Supervisor], hash),
            new Officer(world.SupervisorN2, "Giám sát xã tách", deskN2.Id, [Role.Supervisor], hash));
        await db.SaveChangesAsync();
        api.Factory.Services.GetRequiredService<IReferenceData>().Invalidate();
        return world;
    }

    /// <summary>09:00 in Vietnam on <paramref name="day"/>: the test clock's moment for a day at the desk.</summary>
    public static DateTimeOffset NineOn(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
}
