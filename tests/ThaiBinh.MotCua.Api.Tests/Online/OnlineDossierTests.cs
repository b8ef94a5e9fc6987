using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Simulators.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.MotCua.Api.Tests.Online;

/// <summary>
/// Dossiers submitted on the national portal, handed in by the portal simulator over real HTTP with
/// their files, answered at the desk over HTTP, and every outcome delivered to the portal simulator
/// through the host's outbox planners and portal channel.
/// </summary>
public sealed class OnlineDossierTests : ApiTest
{
    private readonly ApiFixture _api;
    private readonly WorkflowClient _desk;
    private readonly OnlinePortal _portal;

    public OnlineDossierTests(ApiFixture api)
    {
        _api = api;
        _desk = new WorkflowClient(api);
        _portal = new OnlinePortal(api);
        _portal.Deliveries.Portal.Reset();
    }

    private PortalSubmissionStore Submissions => _api.Simulators.Services.GetRequiredService<PortalSubmissionStore>();

    [Fact]
    public async Task An_online_dossier_with_two_files_waits_in_the_desk_queue_and_once_accepted_runs_its_clock_from_acceptance()
    {
        var code = await _portal.ArrivedAsync("DVCQG-2506-0001");

        var arrived = await _desk.GetAsync(OnlinePortal.Desk, code);
        Assert.Equal(1, arrived.StatusCode());
        Assert.Equal(JsonValueKind.Null, arrived.Summary().GetProperty("dueAt").ValueKind);
        var queue = await (await _desk.As(OnlinePortal.Desk)).GetFromJsonAsync<JsonElement>("/api/dossiers?status=submitted");
        Assert.Contains(code, queue.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        var files = await _portal.FilesAsync(code);
        Assert.Equal(
            new[] { (OnlinePortal.Application, 1), (OnlinePortal.IdentityCopies, 1) }.Order(),
            files.Select(f => (f.Document, f.Version)).Order());
        Assert.All(files, f => Assert.Matches("^[0-9a-f]{64}$", f.Sha256));
        var handIn = Submissions.HandIns.Last(h => h.MaHoSo == "DVCQG-2506-0001");
        Assert.All(handIn.Record["TaiLieuNop"]!.AsArray(), f => Assert.Equal(1, Submissions.Downloads((string)f!["TepDinhKemId"]!)));
        await _portal.DeliverNewAsync(code);
        Assert.Equal(["1"], _portal.Deliveries.Portal.Versions("DVCQG-2506-0001").Select(v => (string?)v["TrangThaiHoSo"]));

        // Accepted two working hours later: the appointment counts three working days from then.
        _api.Factory.Clock.Advance(TimeSpan.FromHours(2));
        var acceptedAt = _api.Factory.Clock.GetUtcNow();
        var accept = await _portal.DecideAsync(_desk, OnlinePortal.Desk, code, "accept");
        Assert.True(accept.StatusCode == HttpStatusCode.OK, await accept.Content.ReadAsStringAsync());
        var accepted = await accept.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, accepted.StatusCode());
        Assert.Equal(await _desk.DeadlineAsync(acceptedAt, "workingDays=3"), accepted.DueAt());
        var dossier = await _portal.Deliveries.DossierAsync(code);
        Assert.Equal(acceptedAt, dossier.ReceivedAt, TimeSpan.FromMilliseconds(1));
        Assert.Equal(Domain.Dossiers.Channel.Online, dossier.Channel);

        // The receipt goes to the citizen by email (the contact given on the portal); the portal hears 1 then 2.
        var planned = await _portal.DeliverNewAsync(code);
        Assert.Contains(planned, p => p.Channel == "email" && p.Recipient == OnlinePortal.Email);
        await _portal.DeliverNewAsync(code);
        var versions = _portal.Deliveries.Portal.Versions("DVCQG-2506-0001");
        Assert.Equal(["1", "2"], versions.Select(v => (string?)v["TrangThaiHoSo"]));
        Assert.Equal(("2", "TECH-DVCQG-2506-0001"), ((string?)versions[^1]["KenhThucHien"], (string?)versions[^1]["MaDoiTuong"]));
        Assert.Equal(["1", "2"], _portal.Deliveries.Portal.Progress("DVCQG-2506-0001").Select(p => (string?)p["TrangThai"]));
        Assert.Empty(_portal.Deliveries.Portal.Versions(code)); // never under the one-stop system's own code
    }

    [Fact]
    public async Task The_same_dossier_handed_in_twice_in_a_row_or_twice_at_once_is_one_dossier()
    {
        var code = await _portal.ArrivedAsync("DVCQG-2506-0002");
        var (status, again) = await _portal.HandInAsync("DVCQG-2506-0002");
        Assert.Equal((200, 1), (status, again.GetProperty("error_code").GetInt32()));
        Assert.Contains("đã tồn tại", again.GetProperty("message").GetString());
        Assert.Equal(code, again.GetProperty("code").GetString());
        Assert.Equal(1, await _portal.CountAsync("DVCQG-2506-0002"));
        Assert.Equal(2, (await _portal.FilesAsync(code)).Count);

        var both = await Task.WhenAll(_portal.HandInAsync("DVCQG-2506-0003"), _portal.HandInAsync("DVCQG-2506-0003"));
        Assert.Equal([0, 1], both.Select(b => b.Answer.GetProperty("error_code").GetInt32()).Order());
        Assert.All(both, b => Assert.Equal(200, b.Status));
        Assert.Equal(1, await _portal.CountAsync("DVCQG-2506-0003"));
        Assert.Equal(2, (await _portal.FilesAsync(both[0].Answer.GetProperty("code").GetString()!)).Count);
    }

    [Fact]
    public async Task A_refused_online_dossier_is_not_accepted_with_its_reasons_and_the_portal_hears_3_once()
    {
        var code = await _portal.ArrivedAsync("DVCQG-2506-0004");
        await _portal.DeliverNewAsync(code);

        var refusal = await _portal.DecideAsync(_desk, OnlinePortal.Desk, code, "refusal", new { reasons = "Thủ tục không thuộc thẩm quyền của UBND xã." });
        Assert.True(refusal.StatusCode == HttpStatusCode.OK, await refusal.Content.ReadAsStringAsync());
        Assert.Equal(3, (await refusal.Content.ReadFromJsonAsync<JsonElement>()).StatusCode());
        var planned = await _portal.DeliverNewAsync(code);
        Assert.Contains(planned, p => p.Channel == "email" && p.Recipient == OnlinePortal.Email);
        await _portal.DeliverNewAsync(code);

        Assert.Equal(["1", "3"], _portal.Deliveries.Portal.Progress("DVCQG-2506-0004").Select(p => (string?)p["TrangThai"]));
        Assert.Equal("3", (string?)_portal.Deliveries.Portal.Versions("DVCQG-2506-0004")[^1]["TrangThaiHoSo"]);
        var again = await _portal.DecideAsync(_desk, OnlinePortal.Desk, code, "accept");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var form = await (await _desk.As(OnlinePortal.Desk)).GetAsync($"/api/dossiers/{code}/forms/refusal.pdf");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

    [Fact]
    public async Task A_completion_request_sends_5_once_and_the_completed_dossier_comes_back_to_1_with_new_versions()
    {
        var code = await _portal.ArrivedAsync("DVCQG-2506-0005");
        var ask = await _portal.DecideAsync(_desk, OnlinePortal.Desk, code, "completion-request",
            new { items = "Bản sao giấy tờ pháp lý của thành viên thứ hai", reasons = "Hộ kinh doanh có hai thành viên, mới nộp giấy tờ của một người." });
        Assert.True(ask.StatusCode == HttpStatusCode.OK, await ask.Content.ReadAsStringAsync());
        Assert.Equal(5, (await ask.Content.ReadFromJsonAsync<JsonElement>()).StatusCode());
        var planned = await _portal.DeliverNewAsync(code);
        Assert.Contains(planned, p => p.Channel == "email" && p.Recipient == OnlinePortal.Email);
        Assert.Equal(["1", "5"], _portal.Deliveries.Portal.Progress("DVCQG-2506-0005").Select(p => (string?)p["TrangThai"]));
        var form = await (await _desk.As(OnlinePortal.Desk)).GetAsync($"/api/dossiers/{code}/forms/supplement-request.pdf");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);

        var completed = OnlinePortal.File("cccd-hai-thanh-vien.pdf", OnlinePortal.IdentityCopies,
            Convert.ToBase64String("%PDF-1.7\nhai thanh vien\n%%EOF\n"u8.ToArray()));
        var (status, answer) = await _portal.HandInAsync("DVCQG-2506-0005", [OnlinePortal.TwoFiles[0], completed]);
        Assert.Equal((200, 0), (status, answer.GetProperty("error_code").GetInt32()));
        Assert.Equal(1, (await _desk.GetAsync(OnlinePortal.Desk, code)).StatusCode());
        var files = await _portal.FilesAsync(code);
        Assert.Equal(2, files.Count(f => f.Document == OnlinePortal.IdentityCopies));
        Assert.Equal([1, 2], files.Where(f => f.Document == OnlinePortal.IdentityCopies).Select(f => f.Version));

        var second = await _portal.DecideAsync(_desk, OnlinePortal.Desk, code, "completion-request", new { items = "Thêm", reasons = "Thêm" });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _portal.DecideAsync(_desk, OnlinePortal.Desk, code, "accept")).StatusCode);
        await _portal.DeliverNewAsync(code);
        Assert.Equal(["1", "5", "1", "2"], _portal.Deliveries.Portal.Progress("DVCQG-2506-0005").Select(p => (string?)p["TrangThai"]));
    }

    [Fact]
    public async Task A_wrong_token_is_401_and_nothing_is_stored_or_fetched()
    {
        var before = (await _api.CountDossiersAsync(), await _portal.AllFilesAsync());

        var (status, answer) = await _portal.HandInAsync("DVCQG-2506-0006", token: "not-the-portal");

        Assert.Equal(401, status);
        Assert.Equal("portal_unauthorized", answer.GetProperty("code").GetString());
        Assert.Equal(before, (await _api.CountDossiersAsync(), await _portal.AllFilesAsync()));
        var handIn = Submissions.HandIns.Last(h => h.MaHoSo == "DVCQG-2506-0006");
        Assert.All(handIn.Record["TaiLieuNop"]!.AsArray(), f => Assert.Equal(0, Submissions.Downloads((string)f!["TepDinhKemId"]!)));
    }

    [Fact]
    public async Task A_file_the_portal_cannot_serve_or_that_is_not_a_pdf_jpeg_or_png_leaves_nothing_behind()
    {
        var before = (await _api.CountDossiersAsync(), await _portal.AllFilesAsync());
        var missing = OnlinePortal.File("mat.pdf", OnlinePortal.IdentityCopies, address: new Uri(_api.Simulators.HttpBase, "dvcqg/_sim/files/khong-co").ToString());
        var (status, answer) = await _portal.HandInAsync("DVCQG-2506-0007", [OnlinePortal.TwoFiles[0], missing]);
        Assert.Equal(400, status);
        Assert.True(answer.GetProperty("errors").TryGetProperty("taiLieuNop[1].duongDanTaiTepTin", out _), answer.ToString());

        var text = OnlinePortal.File("ghi-chu.pdf", OnlinePortal.IdentityCopies, Convert.ToBase64String("chỉ là văn bản"u8.ToArray()));
        (status, answer) = await _portal.HandInAsync("DVCQG-2506-0007", [OnlinePortal.TwoFiles[0], text]);
        Assert.Equal(400, status);
        Assert.Contains("taiLieuNop[1]", string.Join(",", answer.GetProperty("errors").EnumerateObject().Select(e => e.Name)));

        var elsewhere = OnlinePortal.File("ngoai.pdf", OnlinePortal.IdentityCopies, address: "http://192.0.2.1/tep.pdf");
        (status, answer) = await _portal.HandInAsync("DVCQG-2506-0007", [OnlinePortal.TwoFiles[0], elsewhere]);
        Assert.Equal(400, status);
        Assert.True(answer.GetProperty("errors").TryGetProperty("taiLieuNop[1].duongDanTaiTepTin", out _), answer.ToString());

        Assert.Equal(before, (await _api.CountDossiersAsync(), await _portal.AllFilesAsync()));
        Assert.Equal(0, await _portal.CountAsync("DVCQG-2506-0007"));
    }

    [Fact]
    public async Task A_portal_file_is_streamed_in_and_one_over_the_size_limit_is_refused_while_streaming()
    {
        // The limits are the host's settings (Files:MaxFileBytes): the largest file allowed, then one byte more.
        var limit = _api.Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Application.Files.FileSettings>>().Value.MaxFileBytes;
        var large = OnlinePortal.File("ban-scan.pdf", OnlinePortal.IdentityCopies, size: limit);
        var code = await _portal.ArrivedAsync("DVCQG-2506-0009", [OnlinePortal.TwoFiles[0], large]);
        Assert.Contains(await _portal.FilesAsync(code), f => f.Document == OnlinePortal.IdentityCopies && f.Length == limit);

        var before = (await _api.CountDossiersAsync(), await _portal.AllFilesAsync());
        var oversized = OnlinePortal.File("qua-lon.pdf", OnlinePortal.IdentityCopies, size: limit + 1);
        var (status, answer) = await _portal.HandInAsync("DVCQG-2506-0010", [OnlinePortal.TwoFiles[0], oversized]);
        Assert.Equal(400, status);
        Assert.Contains("taiLieuNop[1]", string.Join(",", answer.GetProperty("errors").EnumerateObject().Select(e => e.Name)));
        Assert.Equal(before, (await _api.CountDossiersAsync(), await _portal.AllFilesAsync()));
    }

    [Fact]
    public async Task Only_the_receiving_desk_answers_an_online_dossier()
    {
        var code = await _portal.ArrivedAsync("DVCQG-2506-0008");

        Assert.Equal(HttpStatusCode.NotFound, (await _portal.DecideAsync(_desk, "tinh.tiepnhan", code, "accept")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _portal.DecideAsync(_desk, "xa.chuyenvien", code, "accept")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _desk.ActAsync(OnlinePortal.Desk, code, "transfer")).StatusCode);
        Assert.Equal(1, (await _desk.GetAsync(OnlinePortal.Desk, code)).StatusCode());
    }
}
