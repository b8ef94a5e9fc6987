using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Evaluations;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Api.Tests.Online;
using ThaiBinh.MotCua.Api.Tests.Outbox;
using ThaiBinh.MotCua.Api.Tests.Payments;
using ThaiBinh.MotCua.Api.Tests.Population;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Simulators.Population;
using ThaiBinh.MotCua.Simulators.Portal;
using ThaiBinh.MotCua.Simulators.Smtp;

namespace ThaiBinh.MotCua.Api.Tests.CitizensOnline;

/// <summary>
/// Issue 16's "done when" as one citizen's story, over HTTP on real PostgreSQL with the portal, the
/// population database, the payment platform and the mail server simulated over real HTTP and SMTP:
/// a dossier submitted on the national portal with two files reaches the district desk, is checked
/// against the population database and accepted, processed with its result file attached, paid
/// online through the platform's callback, returned electronically (the citizen downloads the
/// result after the lookup's check) and rated through the link of the returned notice; the host's
/// relay then tells the portal every status once.
/// </summary>
public sealed partial class CitizensOnlineStoryTests(ApiFixture api) : ApiTest, IAsyncLifetime
{
    private const string PortalCode = "DVCQG-2506-7701";
    private const string Desk = PaymentDesk.Desk;
    private const string DeskOffice = "000.00.31.H54";
    private const string Result = "Giấy chứng nhận đăng ký hộ kinh doanh";

    private readonly OnlinePortal _portal = new(api);
    private readonly PaymentDesk _payments = new(api);
    private readonly OutboxTable _outbox = new(api.ConnectionString);

    private WorkflowClient Workflow => _payments.Workflow;

    private PortalSimulatorStore Portal => api.Simulators.Services.GetRequiredService<PortalSimulatorStore>();

    private SmtpInbox Mail => api.Simulators.Services.GetRequiredService<SmtpInbox>();

    public async Task InitializeAsync()
    {
        await _outbox.ForgetEarlierAsync();
        await HostRelay.EnsureStartedAsync(api);
        Portal.Reset();
        Mail.Reset();
        _payments.Ledger.Reset();
    }

    public async Task DisposeAsync() => await _outbox.DisposeAsync();

    [Fact]
    public async Task An_online_dossier_goes_from_the_portal_to_the_citizens_rating_and_the_portal_hears_each_status_once()
    {
        // Submitted on the portal with two files, handed in twice: one dossier, waiting at the district desk.
        var record = _portal.Record(PortalCode);
        record["MaDonViTiepNhan"] = DeskOffice;
        record["SoGiayToChuHoSo"] = PopulationCitizens.NguyenVanAn;
        var (status, answer) = await _portal.HandInAsync(PortalCode, record: record);
        Assert.True(status == 200 && answer.GetProperty("error_code").GetInt32() == 0, $"{status} {answer}");
        var code = answer.GetProperty("code").GetString()!;
        var (_, again) = await _portal.HandInAsync(PortalCode, record: record);
        Assert.Equal(1, again.GetProperty("error_code").GetInt32());
        Assert.Equal(1, await _portal.CountAsync(PortalCode));
        Assert.Equal(2, (await _portal.FilesAsync(code)).Count);
        Assert.Equal(1, (await Workflow.GetAsync(Desk, code)).StatusCode());

        // The desk checks the owner against the population database, then accepts: the clock starts now.
        var lookup = await new PopulationDesk(api, Workflow).LookUpAsync(Desk, PopulationCitizens.NguyenVanAn, "Nguyễn Văn Ấn", "1990-05-01");
        Assert.Equal("verified", lookup.GetProperty("outcome").GetString());
        var accepted = await _portal.DecideAsync(Workflow, Desk, code, "accept", new { populationLookupId = lookup.GetProperty("lookupId").GetGuid() });
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        var dossier = await Workflow.GetAsync(Desk, code);
        Assert.Equal(2, dossier.StatusCode());
        Assert.True(dossier.GetProperty("identity").GetProperty("verified").GetBoolean());

        // Processed at the district: the result file attached, the fee asked (status 6) and paid online.
        await Workflow.DoAsync(Desk, code, "transfer");
        var resultPdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% Giay chung nhan dang ky ho kinh doanh\n%%EOF\n");
        var attached = await UploadResultAsync(code, resultPdf);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(resultPdf)), attached.GetProperty("sha256").GetString());

        var request = await _payments.OkAsync(PaymentDesk.Specialist, $"/api/dossiers/{code}/payments");
        Assert.Equal(6, (await Workflow.GetAsync(Desk, code)).StatusCode());
        var payUrl = await _payments.PayUrlAsync(code, request.GetProperty("id").GetString()!);
        Assert.Contains("thành công", await PaymentDesk.PressAsync(payUrl, "pay"));
        Assert.Equal("paid", (await _payments.OnlyRequestAsync(code)).GetProperty("status").GetString());
        Assert.Equal(4, (await Workflow.GetAsync(Desk, code)).StatusCode());

        await Workflow.DoAsync(PaymentDesk.Specialist, code, "assess", new { decision = "approve" });
        await Workflow.DoAsync(PaymentDesk.Leader, code, "approve", new { decision = "approve" });
        var returned = await Workflow.DoAsync(Desk, code, "return", new { receivedBy = "Nguyễn Văn Ấn" });
        Assert.Equal(10, returned.StatusCode());

        // Returned electronically: the citizen downloads the result after the lookup's check.
        Assert.Equal(resultPdf, await CitizenDownloadsResultAsync(code, WorkflowClient.Phone[^4..]));

        // The relay sends what the story wrote; a second run finds nothing left.
        await RunRelayAsync();
        await RunRelayAsync();

        Assert.Equal(1, Portal.Creates(PortalCode));
        var progress = Portal.Progress(PortalCode);
        var rows = progress.Select(p => ((string?)p["ThoiDiemXuLy"], (string?)p["TrangThai"], (string?)p["NoiDungXuLy"])).ToList();
        Assert.Equal(rows.Count, rows.Distinct().Count()); // nothing twice
        Assert.Equal(["1", "2", "4", "6", "4", "4", "9", "10"], progress.Select(p => (string?)p["TrangThai"]));
        var last = Portal.Versions(PortalCode)[^1];
        Assert.Equal(("10", "2", "1"), ((string?)last["TrangThaiHoSo"], (string?)last["KenhThucHien"], (string?)last["DuocThanhToanTrucTuyen"]));
        Assert.Equal("1", (string?)last["TaiKhoanDuocXacThucVoiVNeID"]);
        Assert.Equal(Result, (string?)Assert.Single(last["DanhSachGiayToKetQua"]!.AsArray())!["TenGiayTo"]);

        // The returned notice reached the citizen by email with the link to rate; the rating is taken once.
        var mail = Assert.Single(Mail.Messages, m => m.To.Contains(OnlinePortal.Email) && m.TextBody.Contains("danh-gia/"));
        var token = LinkToRate().Match(mail.TextBody).Groups["token"].Value;
        var evaluations = new EvaluationDesk(api);
        Assert.Equal(HttpStatusCode.Created, (await evaluations.RateThroughLinkAsync(token, EvaluationDesk.Body("aaabaaaaa", "very-satisfied"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await evaluations.RateThroughLinkAsync(token, EvaluationDesk.Body("ccccccccc", "dissatisfied"))).StatusCode);
        Assert.Equal(1, await evaluations.CountAsync(code));
    }

    private async Task<JsonElement> UploadResultAsync(string code, byte[] pdf)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("result"), "role" },
            { new StringContent(Result), "document" },
        };
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "giay-chung-nhan.pdf");
        var response = await (await Workflow.As(PaymentDesk.Specialist)).PostAsync($"/api/dossiers/{code}/files", form);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<byte[]> CitizenDownloadsResultAsync(string code, string verify)
    {
        using var citizen = api.CreateClient();
        citizen.DefaultRequestHeaders.Add(MotCuaApiFactory.ClientAddressHeader, "198.19.0.77");
        var listed = await citizen.PostAsJsonAsync($"/api/public/dossiers/{code}/files", new { verify });
        Assert.True(listed.StatusCode == HttpStatusCode.OK, await listed.Content.ReadAsStringAsync());
        var document = Assert.Single((await listed.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        var id = document.GetProperty("versions")[0].GetProperty("id").GetString();
        var download = await citizen.PostAsJsonAsync($"/api/public/dossiers/{code}/files/{id}", new { verify });
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        return await download.Content.ReadAsByteArrayAsync();
    }

    private async Task RunRelayAsync()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOutboxRelay>().RunUntilIdleAsync(CancellationToken.None);
    }

    [GeneratedRegex(@"/danh-gia/(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex LinkToRate();
}
