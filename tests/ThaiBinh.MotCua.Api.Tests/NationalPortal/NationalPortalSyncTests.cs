using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Api.Tests.NationalPortal;

/// <summary>
/// Dossiers driven over HTTP, their messages delivered through the host's planner and portal channel
/// to the portal simulator over real HTTP: what the portal ends up holding, and what a fault does.
/// </summary>
public sealed class NationalPortalSyncTests : ApiTest
{
    private readonly ApiFixture _api;
    private readonly WorkflowClient _desk;
    private readonly PortalDeliveries _deliveries;

    public NationalPortalSyncTests(ApiFixture api)
    {
        _api = api;
        _desk = new WorkflowClient(api);
        _deliveries = new PortalDeliveries(api);
        _deliveries.Portal.Reset(); // the portal forgets its sessions too: the adapter must log in again
    }

    [Fact]
    public async Task A_dossier_from_receipt_to_return_is_created_once_then_updated_with_every_history_entry_once_in_order()
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var planned = await _deliveries.DeliverAsync(await _deliveries.EventsAsync(code));
        Assert.Equal([new PlannedDelivery("portal", "dvcqg", $"portal:{(await _deliveries.DossierAsync(code)).Id}")], planned);

        foreach (var (username, action, body) in new (string, string, object?)[]
        {
            ("xa.tiepnhan", "transfer", null),
            ("xa.chuyenvien", "assess", new { decision = "approve" }),
            ("xa.lanhdao", "approve", new { decision = "approve" }),
            ("xa.tiepnhan", "return", new { receivedBy = "Nguyễn Văn Ấn" }),
        })
        {
            var before = (await _deliveries.DossierAsync(code)).Actions.Count;
            await _desk.DoAsync(username, code, action, body);
            await _deliveries.DeliverAsync(await _deliveries.EventsAsync(code, before + 1));
        }

        var dossier = await _deliveries.DossierAsync(code);
        var versions = _deliveries.Portal.Versions(code);
        Assert.Equal((1, 4), (_deliveries.Portal.Creates(code), _deliveries.Portal.Updates(code)));
        Assert.Equal(["2", "4", "4", "9", "10"], versions.Select(v => (string?)v["TrangThaiHoSo"]));
        var last = versions[^1];
        Assert.Equal(("1.001193", "1", "1"), ((string?)last["MaTTHC"], (string?)last["KenhThucHien"], (string?)last["LoaiDoiTuong"]));
        Assert.Equal(WorkflowClient.CitizenId, (string?)last["DinhDanhCHS"]![0]!["SoDinhDanh"]);
        Assert.Equal(Portal(dossier.ReceivedAt), (string?)last["NgayTiepNhan"]);
        Assert.Equal(Portal(dossier.Actions[^1].At), (string?)last["NgayTra"]);
        Assert.NotEmpty(last["TaiLieuNop"]!.AsArray());

        var progress = _deliveries.Portal.Progress(code);
        Assert.Equal(dossier.Actions.Select(a => Portal(a.At)), progress.Select(p => (string?)p["ThoiDiemXuLy"]));
        Assert.Equal(["2", "4", "4", "9", "10"], progress.Select(p => (string?)p["TrangThai"]));
        Assert.StartsWith("Tiếp nhận hồ sơ", (string?)progress[0]["NoiDungXuLy"]);
        Assert.All(progress, p => Assert.Matches(@"^\d{14}$", (string?)p["NgayKetThucTheoQuyDinh"]));
        Assert.All(progress, p => Assert.False(string.IsNullOrWhiteSpace((string?)p["PhongBanXuLy"])));
        Assert.Equal(5, await SyncedRowsAsync(dossier.Id));
        Assert.Equal((10, (string?)null), await DossierSyncAsync(dossier.Id));

        // A repeat: the real outbox rows of the old type, then the last entry again.
        await _deliveries.DeliverAsync(await _deliveries.OutboxAsync(code));
        await _deliveries.DeliverAsync((await _deliveries.EventsAsync(code))[^1..]);
        Assert.Equal(5, _deliveries.Portal.Progress(code).Count);
        Assert.Equal(1, _deliveries.Portal.Creates(code));
        Assert.True(_deliveries.Portal.Updates(code) > 4);
    }

    [Fact]
    public async Task A_portal_that_times_out_fails_the_delivery_for_later_and_once_recovered_has_every_record_once()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        await InjectAsync(new { kind = "timeout", count = 1, delaySeconds = 60 });

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(async () => await _deliveries.DeliverAsync(await _deliveries.OutboxAsync(code)));
        Assert.False(failure.Permanent);
        var dossier = await _deliveries.DossierAsync(code);
        Assert.Equal(0, await SyncedRowsAsync(dossier.Id));
        Assert.NotNull((await DossierSyncAsync(dossier.Id)).Error);

        await _deliveries.DeliverAsync(await _deliveries.OutboxAsync(code));
        await _deliveries.DeliverAsync(await _deliveries.OutboxAsync(code));
        Assert.Equal(["2", "4"], _deliveries.Portal.Progress(code).Select(p => (string?)p["TrangThai"]));
        Assert.Equal(1, _deliveries.Portal.Creates(code));
        Assert.Equal((4, (string?)null), await DossierSyncAsync(dossier.Id));
    }

    [Fact]
    public async Task A_record_the_portal_refuses_is_a_permanent_failure()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await InjectAsync(new { kind = "error", count = 1, errorCode = "-1", message = "Thiếu trường bắt buộc MaTTHC" });

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(async () => await _deliveries.DeliverAsync(await _deliveries.EventsAsync(code)));
        Assert.True(failure.Permanent);
        Assert.Contains("Thiếu trường bắt buộc MaTTHC", failure.Message);
        Assert.Contains("Thiếu trường bắt buộc MaTTHC", (await DossierSyncAsync((await _deliveries.DossierAsync(code)).Id)).Error);
        Assert.Empty(_deliveries.Portal.Versions(code));
    }

    [Fact]
    public async Task A_dossier_the_portal_already_holds_is_updated_not_created()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        _deliveries.Portal.Seed(code, new JsonObject { ["MaHoSo"] = code, ["TrangThaiHoSo"] = "1" });

        await _deliveries.DeliverAsync(await _deliveries.EventsAsync(code));

        Assert.Equal((0, 1), (_deliveries.Portal.Creates(code), _deliveries.Portal.Updates(code)));
        Assert.Equal("2", (string?)_deliveries.Portal.Versions(code)[^1]["TrangThaiHoSo"]);
        Assert.Single(_deliveries.Portal.Progress(code));
    }

    [Fact]
    public async Task An_expired_session_is_renewed_once_and_the_delivery_goes_through()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await _deliveries.DeliverAsync(await _deliveries.EventsAsync(code));
        using var http = new HttpClient { BaseAddress = _api.Simulators.HttpBase };
        (await http.PostAsync("dvcqg/_sim/expire-sessions", null)).EnsureSuccessStatusCode();

        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        await _deliveries.DeliverAsync(await _deliveries.EventsAsync(code, 2));

        Assert.Equal(["2", "4"], _deliveries.Portal.Progress(code).Select(p => (string?)p["TrangThai"]));
    }

    [Fact]
    public async Task The_portal_refuses_a_record_with_a_date_out_of_format_or_an_unknown_status()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_api.Simulators.HttpBase, "dvcqg/") };
        http.DefaultRequestHeaders.Add("dstcode", "THAIBINH");
        var login = await (await http.PostAsJsonAsync("auth", new { username = "motcua-thaibinh", password = "motcua-dev" })).Content.ReadFromJsonAsync<JsonObject>();
        var wrong = await (await http.PostAsJsonAsync("auth", new { username = "motcua-thaibinh", password = "sai" })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("-1", wrong!["error_code"]!.ToString());

        var record = new JsonObject
        {
            ["MaHoSo"] = "X-1", ["MaTTHC"] = "1.001193", ["ChuHoSo"] = "A", ["TrichYeuHoSo"] = "B", ["DonViXuLy"] = "C",
            ["NgayTiepNhan"] = "2025-06-02 08:00", ["TrangThaiHoSo"] = "11",
        };
        var answer = await (await http.PostAsJsonAsync("integration", new JsonObject
        {
            ["session"] = login!["session"]!.ToString(), ["madonvi"] = "000.00.00.H54", ["service"] = "DongBoHoSoMC", ["isUpdating"] = "False",
            ["data"] = new JsonArray(record),
        })).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal("-1", answer!["error_code"]!.ToString());
        Assert.Contains("NgayTiepNhan", answer["message"]!.ToString());
        Assert.Contains("TrangThaiHoSo", answer["message"]!.ToString());
        Assert.Empty(_deliveries.Portal.Versions("X-1"));
    }

    [Fact]
    public async Task The_processing_report_shows_the_share_of_the_periods_dossiers_the_portal_holds_in_their_current_status()
    {
        using var supervisor = await _api.CreateClientSignedInAsAsync("tinh.giamsat");
        var today = DateOnly.FromDateTime(VietnamTime.ToLocal(_api.Factory.Clock.GetUtcNow()).DateTime);
        async Task<(long Synced, long Total, long AllSynced, long AllTotal)> ShareAsync()
        {
            var report = await supervisor.GetFromJsonAsync<JsonObject>($"/api/reports/processing?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}");
            var row = report!["rows"]!.AsArray().Single(r => (string?)r!["key"]!["code"] == "000.00.01.H54")!["portalSync"]!;
            var total = report["total"]!["portalSync"]!;
            return ((long)row["synced"]!, (long)row["total"]!, (long)total["synced"]!, (long)total["total"]!);
        }

        var synced = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488");
        var before = await ShareAsync();

        await _deliveries.DeliverAsync(await _deliveries.EventsAsync(synced));
        Assert.Equal(before with { Synced = before.Synced + 1, AllSynced = before.AllSynced + 1 }, await ShareAsync());

        // Moved on without the portal hearing of it: no longer counted, until the next delivery.
        await _desk.DoAsync("tinh.tiepnhan", synced, "transfer");
        Assert.Equal(before, await ShareAsync());
        await _deliveries.DeliverAsync(await _deliveries.EventsAsync(synced, 2));
        var after = await ShareAsync();
        Assert.Equal(before with { Synced = before.Synced + 1, AllSynced = before.AllSynced + 1 }, after);
        Assert.True(after.Synced < after.Total);
    }

    private static string Portal(DateTimeOffset instant) =>
        VietnamTime.ToLocal(instant).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    private async Task InjectAsync(object fault)
    {
        using var http = new HttpClient { BaseAddress = _api.Simulators.HttpBase };
        (await http.PostAsJsonAsync("dvcqg/_sim/faults", fault)).EnsureSuccessStatusCode();
    }

    private async Task<long> SyncedRowsAsync(Guid dossierId)
    {
        await using var connection = new NpgsqlConnection(_api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM dossier_actions WHERE dossier_id = @id AND portal_synced_at IS NOT NULL", connection);
        command.Parameters.AddWithValue("id", dossierId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<(int? Status, string? Error)> DossierSyncAsync(Guid dossierId)
    {
        await using var connection = new NpgsqlConnection(_api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT portal_synced_status, portal_sync_error FROM dossiers WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", dossierId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.IsDBNull(0) ? null : reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }
}
