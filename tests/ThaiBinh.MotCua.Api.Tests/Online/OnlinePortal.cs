using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Api.Tests.NationalPortal;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests.Online;

/// <summary>
/// The portal's side of online submission, driven through the portal simulator over real HTTP: a
/// citizen's dossier for the commune desk (xa.tiepnhan) of 1.001612 (household business
/// registration, two documents, three working days), handed in with its files; and the dossier's
/// outbox rows delivered once each to the portal, as the worker would.
/// </summary>
internal sealed class OnlinePortal(ApiFixture api)
{
    public const string DeskOffice = "000.01.31.H54";
    public const string Desk = "xa.tiepnhan";
    public const string Procedure = "1.001612";
    public const string Application = "Giấy đề nghị đăng ký hộ kinh doanh";
    public const string IdentityCopies = "Bản sao giấy tờ pháp lý của cá nhân đối với các thành viên hộ gia đình đăng ký hộ kinh doanh";
    public const string Email = "an.online@example.vn";

    /// <summary>A small real PDF's first bytes: what the intake's type check reads.</summary>
    public static readonly string Pdf = Convert.ToBase64String(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"));

    private readonly HashSet<Guid> _delivered = [];

    public PortalDeliveries Deliveries { get; } = new(api);

    public static object File(string name, string document, string? base64 = null, long? size = null, string? address = null) =>
        new { name, document, base64 = size is null ? base64 ?? Pdf : null, size, address };

    public static object[] TwoFiles => [File("don-de-nghi.pdf", Application), File("cccd.pdf", IdentityCopies)];

    public Dictionary<string, object?> Record(string portalCode) => new()
    {
        ["MaHoSo"] = portalCode,
        ["MaTTHC"] = Procedure,
        ["MaDonViTiepNhan"] = DeskOffice,
        ["ChuHoSo"] = "Nguyễn Văn Ấn",
        ["SoGiayToChuHoSo"] = WorkflowClient.CitizenId,
        ["NgaySinh"] = "19900501",
        ["SoDienThoai"] = WorkflowClient.Phone,
        ["Email"] = Email,
        ["DiaChi"] = "Phường Lê Hồng Phong, TP Thái Bình",
        ["TrichYeuHoSo"] = "Đăng ký hộ kinh doanh tạp hóa",
        ["NgayNopHoSo"] = VietnamTime.ToLocal(api.Factory.Clock.GetUtcNow().AddHours(-1)).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
        ["MaDoiTuong"] = "TECH-" + portalCode,
    };

    /// <summary>The simulator hands the dossier in; answers the system's HTTP status and body as the simulator saw them.</summary>
    public async Task<(int Status, JsonElement Answer)> HandInAsync(
        string portalCode, object[]? files = null, string? token = null, Dictionary<string, object?>? record = null)
    {
        await HostRelay.EnsureStartedAsync(api);
        using var simulator = new HttpClient { BaseAddress = api.Simulators.HttpBase };
        var response = await simulator.PostAsJsonAsync("dvcqg/_sim/online-dossiers", new { record = record ?? Record(portalCode), files = files ?? TwoFiles, token });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("status").GetInt32(), body.GetProperty("answer"));
    }

    /// <summary>Handed in and taken: answers the dossier's code in the one-stop system.</summary>
    public async Task<string> ArrivedAsync(string portalCode, object[]? files = null)
    {
        var (status, answer) = await HandInAsync(portalCode, files);
        Assert.True(status == 200 && answer.GetProperty("error_code").GetInt32() == 0, $"{status} {answer}");
        return answer.GetProperty("code").GetString()!;
    }

    /// <summary>The desk's answer to the online dossier.</summary>
    public async Task<HttpResponseMessage> DecideAsync(WorkflowClient desk, string username, string code, string decision, object? body = null) =>
        await (await desk.As(username)).PostAsJsonAsync($"/api/dossiers/{code}/online/{decision}", body ?? new { });

    /// <summary>The dossier's outbox rows not delivered yet, through the host's planners and portal channel; answers what was planned.</summary>
    public async Task<List<PlannedDelivery>> DeliverNewAsync(string code)
    {
        var fresh = (await Deliveries.OutboxAsync(code)).Where(m => _delivered.Add(m.Id)).ToList();
        return await Deliveries.DeliverAsync(fresh);
    }

    public async Task<int> CountAsync(string portalCode)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers.CountAsync(d => d.PortalCode == portalCode);
    }

    /// <summary>The dossier's files: document, version, length and hash, by document and version.</summary>
    public async Task<List<(string Document, int Version, long Length, string Sha256)>> FilesAsync(string code)
    {
        var dossier = await Deliveries.DossierAsync(code);
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var files = await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().DossierFiles.AsNoTracking()
            .Where(f => f.DossierId == dossier.Id).OrderBy(f => f.DocumentName).ThenBy(f => f.Version).ToListAsync();
        return [.. files.Select(f => (f.DocumentName, f.Version, f.Length, f.Sha256))];
    }

    public async Task<int> AllFilesAsync()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().DossierFiles.CountAsync();
    }
}
