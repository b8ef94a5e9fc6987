using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Units;
using ThaiBinh.MotCua.Infrastructure.Persistence;
using ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>The shipped reference change sets: the tree on either side of 1 July 2025, applied once each.</summary>
public sealed class ReferenceChangeSetTests(ApiFixture api) : ApiTest
{
    private static readonly DateOnly LastThaiBinhDay = new(2025, 6, 30);
    private static readonly DateOnly FirstHungYenDay = new(2025, 7, 1);

    [Fact]
    public async Task On_30_June_2025_Thai_Binh_has_8_districts_and_on_1_July_Hung_Yen_has_104_communes_under_the_province()
    {
        using var client = api.CreateClient();

        var before = await RootsAsync(client, "2025-06-30");
        var after = await RootsAsync(client, "2025-07-01");

        var thaiBinh = Assert.Single(before);
        Assert.Equal(("34", "Tỉnh Thái Bình", 8), (Code(thaiBinh), Name(thaiBinh), thaiBinh.GetProperty("children").GetArrayLength()));
        Assert.Equal(242, thaiBinh.GetProperty("children").EnumerateArray().Sum(d => d.GetProperty("childCount").GetInt32()));
        var hungYen = Assert.Single(after);
        Assert.Equal(("33", "Tỉnh Hưng Yên"), (Code(hungYen), Name(hungYen)));
        var communes = hungYen.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(104, communes.Count);
        Assert.All(communes, c => Assert.Equal(("commune", 0), (c.GetProperty("level").GetString(), c.GetProperty("childCount").GetInt32())));
        Assert.All(communes, c => Assert.StartsWith("Trung tâm Phục vụ hành chính công ", c.GetProperty("receptionOffice").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task The_district_levels_procedures_end_on_30_June_2025_and_those_that_moved_go_on_at_the_commune()
    {
        using var client = api.CreateClient();

        var before = await CodesAsync(client, "level=district&on=2025-06-30");
        var after = await CodesAsync(client, "level=district&on=2025-07-01");
        var communeAfter = await CodesAsync(client, "level=commune&on=2025-07-01");

        Assert.Equal(["1.001612", "1.009994", "2.000528", "2.000815"], before.Order(StringComparer.Ordinal));
        Assert.Empty(after);
        Assert.Superset(before.ToHashSet(), communeAfter.ToHashSet());
    }

    private static async Task<List<string>> CodesAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/procedures?{query}")).EnumerateArray().Select(p => p.GetProperty("code").GetString()!)];

    [Fact]
    public async Task Code_13225_is_Xa_Tan_Binh_until_30_June_2025_and_Phuong_Thai_Binh_from_1_July()
    {
        using var client = api.CreateClient();

        var city = await client.GetFromJsonAsync<JsonElement>("/api/units?parentCode=336&on=2025-06-30");
        var province = await client.GetFromJsonAsync<JsonElement>("/api/units?parentCode=33&on=2025-07-01");

        var tanBinh = city.GetProperty("units").EnumerateArray().Single(u => Code(u) == "13225");
        var thaiBinhWard = province.GetProperty("units").EnumerateArray().Single(u => Code(u) == "13225");
        Assert.Equal(("Xã Tân Bình", "Xã"), (Name(tanBinh), tanBinh.GetProperty("kind").GetString()));
        Assert.Equal(("Phường Thái Bình", "Phường", "2025-07-01"), (Name(thaiBinhWard), thaiBinhWard.GetProperty("kind").GetString(), thaiBinhWard.GetProperty("validFrom").GetString()));
        Assert.Equal(("000.40.40.H31", "Trung tâm Phục vụ hành chính công phường Thái Bình"),
            (thaiBinhWard.GetProperty("receptionOffice").GetProperty("code").GetString(), thaiBinhWard.GetProperty("receptionOffice").GetProperty("name").GetString()));

        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var ward = await db.AdministrativeUnits.SingleAsync(u => u.Code == "13225" && u.ValidFrom == FirstHungYenDay);
        var predecessors = await (
            from link in db.UnitPredecessors
            join old in db.AdministrativeUnits on link.PredecessorId equals old.Id
            where link.UnitId == ward.Id
            select old.Name).ToListAsync();
        Assert.Contains("Xã Tân Bình", predecessors);
        Assert.Contains("Phường Lê Hồng Phong", predecessors);
    }

    [Fact]
    public async Task The_March_2025_list_closes_vanished_communes_and_renames_by_a_new_version_with_a_new_desk()
    {
        using var client = api.CreateClient();

        var kienXuongBefore = await ChildrenAsync(client, "343", "2025-02-28");
        var kienXuongAfter = await ChildrenAsync(client, "343", "2025-03-01");

        Assert.Equal("Thị trấn Thanh Nê", Name(kienXuongBefore.Single(u => Code(u) == "13075")));
        var renamed = kienXuongAfter.Single(u => Code(u) == "13075");
        Assert.Equal(("Thị trấn Kiến Xương", "Bộ phận Tiếp nhận và Trả kết quả thị trấn Kiến Xương"),
            (Name(renamed), renamed.GetProperty("receptionOffice").GetProperty("name").GetString()));
        Assert.True(kienXuongAfter.Count < kienXuongBefore.Count);

        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var oldDesk = await db.Offices.SingleAsync(o => o.Name == "Bộ phận Tiếp nhận và Trả kết quả thị trấn Thanh Nê");
        var newDesk = await db.Offices.SingleAsync(o => o.Id == oldDesk.SuccessorId);
        Assert.Equal((new DateOnly(2025, 2, 28), new DateOnly(2025, 3, 1)), (oldDesk.ValidTo!.Value, newDesk.ValidFrom!.Value));
        Assert.EndsWith(".H54", newDesk.Code);
    }

    [Fact]
    public async Task Every_office_closed_on_30_June_2025_names_a_successor_in_force_on_1_July()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var offices = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id);

        var closed = offices.Values.Where(o => o.ValidTo == LastThaiBinhDay).ToList();

        Assert.Equal(1 + 8 + 8 + 242, closed.Count); // centre and departments, district desks, commune desks
        Assert.All(closed, o => Assert.True(
            o.SuccessorId is { } id && offices[id].IsInForceOn(FirstHungYenDay), $"{o.Code} {o.Name} has no successor in force"));
        Assert.Equal("000.00.01.H31", Successor("000.00.01.H54").Code);
        Assert.Equal(("000.00.02.H31", "Sở Tư pháp tỉnh Hưng Yên"), (Successor("000.00.02.H54").Code, Successor("000.00.02.H54").Name));
        Assert.Equal("Công an tỉnh Hưng Yên", Successor("000.00.08.H54").Name);
        Assert.Equal("Trung tâm Phục vụ hành chính công phường Thái Bình", Successor("000.00.31.H54").Name); // seat: Phường Lê Hồng Phong
        Assert.Equal("Trung tâm Phục vụ hành chính công phường Thái Bình", Successor("000.01.31.H54").Name);
        Assert.Equal("Trung tâm Phục vụ hành chính công xã Đông Hưng", Successor("000.00.34.H54").Name);
        Assert.Equal(OfficeKind.ServiceCentre, Successor("000.00.34.H54").Kind);

        Office Successor(string code) => offices[offices.Values.Single(o => o.Code == code).SuccessorId!.Value];
    }

    [Fact]
    public async Task Each_change_set_is_recorded_with_its_source_and_starting_again_changes_nothing()
    {
        var before = await ReferenceRowsAsync();

        await api.Factory.Services.InitializeDatabaseAsync();

        Assert.Equal(before, await ReferenceRowsAsync());
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var ids = await db.AppliedChangeSets.OrderBy(c => c.EffectiveFrom).ThenBy(c => c.Id).Select(c => c.Id).ToListAsync();
        Assert.Equal(["2019-01-01.procedures", "2019-12-01.thai-binh", "2021-01-04.procedures"], ids.Take(3));
        Assert.Contains("2025-03-01.thai-binh", ids);
        Assert.Contains("2025-07-01.hung-yen", ids);
        Assert.Contains("2025-01-01.calendar", ids);
        Assert.All(await db.AppliedChangeSets.ToListAsync(), c => Assert.False(string.IsNullOrWhiteSpace(c.LegalSource)));
    }

    [Fact]
    public async Task A_change_set_two_initialisers_run_at_once_is_applied_once()
    {
        var changeSet = new SlowTestChangeSet();

        await Task.WhenAll(RunAsync(changeSet), RunAsync(changeSet));

        Assert.Equal(1, changeSet.Applications);
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        Assert.Equal(1, await db.AdministrativeUnits.CountAsync(u => u.Code == SlowTestChangeSet.UnitCode));
        Assert.Equal(1, await db.AppliedChangeSets.CountAsync(c => c.Id == changeSet.Id));
    }

    private async Task RunAsync(IReferenceChangeSet changeSet)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var runner = new ReferenceChangeSetRunner(
            scope.ServiceProvider.GetRequiredService<MotCuaDbContext>(), [changeSet], api.Factory.Clock, NullLogger<ReferenceChangeSetRunner>.Instance);
        await runner.ApplyPendingAsync(CancellationToken.None);
    }

    private async Task<string> ReferenceRowsAsync()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var changeSets = await db.AppliedChangeSets.OrderBy(c => c.Id).Select(c => $"{c.Id}|{c.Checksum}|{c.AppliedAt:O}").ToListAsync();
        var units = await db.AdministrativeUnits.OrderBy(u => u.Id).Select(u => $"{u.Id}|{u.Code}|{u.Name}|{u.Kind}|{u.ParentId}|{u.ValidFrom}|{u.ValidTo}").ToListAsync();
        var links = await db.UnitPredecessors.OrderBy(l => l.UnitId).ThenBy(l => l.PredecessorId).Select(l => $"{l.UnitId}|{l.PredecessorId}").ToListAsync();
        var offices = await db.Offices.OrderBy(o => o.Id).Select(o => $"{o.Id}|{o.Code}|{o.Name}|{o.UnitId}|{o.ValidFrom}|{o.ValidTo}|{o.SuccessorId}").ToListAsync();
        var versions = await db.ProcedureVersions.OrderBy(v => v.Id).Select(v => $"{v.Id}|{v.ProcedureCode}|{v.LevelCode}|{v.ValidFrom}|{v.ValidTo}").ToListAsync();
        var days = await db.CalendarDays.OrderBy(d => d.Date).Select(d => $"{d.Date}|{d.Kind}|{d.Name}").ToListAsync();
        return string.Join('\n', changeSets.Concat(units).Concat(links).Concat(offices).Concat(versions).Concat(days));
    }

    private static async Task<List<JsonElement>> RootsAsync(HttpClient client, string on) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/units?on={on}")).GetProperty("units").EnumerateArray()];

    private static async Task<List<JsonElement>> ChildrenAsync(HttpClient client, string parentCode, string on) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/units?parentCode={parentCode}&on={on}")).GetProperty("units").EnumerateArray()];

    private static string? Code(JsonElement unit) => unit.GetProperty("code").GetString();

    private static string? Name(JsonElement unit) => unit.GetProperty("name").GetString();

    /// <summary>Adds one unit of its own, slowly enough that a second runner started at once waits on the lock.</summary>
    private sealed class SlowTestChangeSet : IReferenceChangeSet
    {
        public const string UnitCode = "97001";

        private int _applications;

        public int Applications => _applications;

        public string Id => "2099-01-01.test-once";

        public DateOnly EffectiveFrom => new(2099, 1, 1);

        public string LegalSource => "Kiểm thử";

        public string Description => "Một xã thử nghiệm";

        public IReadOnlyCollection<string> Prerequisites => [];

        public string Checksum => "test";

        public async Task ApplyAsync(MotCuaDbContext db, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _applications);
            var province = await db.AdministrativeUnits.SingleAsync(u => u.Code == "33", cancellationToken);
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            db.AdministrativeUnits.Add(new AdministrativeUnit(UnitCode, "Xã Thử Nghiệm Một Lần", "Xã", "commune", province.Id, EffectiveFrom));
        }
    }
}
