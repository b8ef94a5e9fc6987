using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Api.Tests.NationalPortal;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Simulators.Faults;
using ThaiBinh.MotCua.Simulators.Population;

namespace ThaiBinh.MotCua.Api.Tests.Population;

/// <summary>
/// The desk's lookup in the population database over HTTP, against the simulated registry over real
/// HTTP: the answer, the log row (written before the call), and whether the receipt marks the dossier
/// verified. The host's adapter gives the registry one attempt of a second (TestSimulators).
/// </summary>
public sealed class CitizenLookupTests : ApiTest
{
    private const string Desk = "xa.tiepnhan";
    private const string DeskOffice = "000.01.31.H54";

    private readonly ApiFixture _api;
    private readonly PopulationDesk _desk;

    public CitizenLookupTests(ApiFixture api)
    {
        _api = api;
        _desk = new PopulationDesk(api, new WorkflowClient(api));
        _desk.Faults.Clear();
    }

    [Fact]
    public async Task A_verified_lookup_fills_the_applicant_and_the_receipt_marks_the_dossier_verified_up_to_the_portal()
    {
        var before = _desk.Registry.Messages.Count;

        // Typed without marks and in lower case: the registry's "Nguyễn Văn Ấn" is the same name.
        var lookup = await _desk.LookUpAsync(Desk, PopulationCitizens.NguyenVanAn, "nguyen van an", "1990-05-01");

        Assert.Equal("verified", lookup.Outcome());
        var citizen = lookup.GetProperty("citizen");
        Assert.Equal("Nguyễn Văn Ấn", citizen.GetProperty("fullName").GetString());
        Assert.Equal("1990-05-01", citizen.GetProperty("birthDate").GetString());
        Assert.Equal("Nam", citizen.GetProperty("gender").GetString());
        Assert.Equal("Số 12 phố Lê Lợi, Phường Lê Hồng Phong, Thành phố Thái Bình, Tỉnh Thái Bình", citizen.GetProperty("address").GetString());
        Assert.Contains("khớp", lookup.GetProperty("message").GetString());

        var request = Assert.Single(_desk.Registry.Messages.Skip(before));
        Assert.Equal(("NGUYEN VAN AN", PopulationCitizens.NguyenVanAn, "", "19900501", "1990"), (request.HoVaTen, request.SoDinhDanh, request.SoCmnd, request.NgayThangNam, request.Nam));
        Assert.Equal((PopulationSimulator.DefaultMaTichHop, PopulationSimulator.DefaultMaDvc, Desk), (request.MaTichHop, request.MaDvc, request.MaCanBo));
        Assert.Equal($"THB_DVC_{lookup.LookupId():N}", request.MaYeuCau);

        var code = await _desk.ReceiveAsync(Desk, lookup.LookupId());

        var identity = await _desk.IdentityAsync(Desk, code);
        Assert.True(identity.GetProperty("verified").GetBoolean());
        Assert.Equal(lookup.LookupId(), identity.GetProperty("lookupId").GetGuid());
        Assert.Equal("Đã xác thực với CSDLQG về dân cư", identity.GetProperty("text").GetString());
        var row = await _desk.RowAsync(lookup.LookupId());
        Assert.Equal(("Verified", code, Desk), (row!.Outcome, row.DossierCode, row.Officer));
        Assert.NotNull(row.FinishedAt);

        var portal = new PortalDeliveries(_api);
        await portal.DeliverAsync(await portal.EventsAsync(code));
        var record = portal.Portal.Versions(code)[^1];
        Assert.Equal("1", (string?)record["TaiKhoanDuocXacThucVoiVNeID"]);
        Assert.Equal("7", (string?)record["DSKetNoiCSDL"]![0]!["MaCSDL"]);
    }

    [Fact]
    public async Task Every_lookup_sends_a_request_id_of_its_own()
    {
        var before = _desk.Registry.Messages.Count;

        for (var i = 0; i < 3; i++)
        {
            await _desk.LookUpAsync(Desk, PopulationCitizens.TranThiAnhDuong, "Trần Thị Ánh Dương", "1990-01-02");
        }

        var ids = _desk.Registry.Messages.Skip(before).Select(r => r.MaYeuCau).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(3, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith("THB_DVC_", id));
    }

    [Fact]
    public async Task A_number_the_registry_does_not_hold_is_not_found_and_the_receipt_goes_on_unverified()
    {
        var lookup = await _desk.LookUpAsync(Desk, PopulationCitizens.NotFound, "Hoàng Văn Vắng", "1995-03-03");

        Assert.Equal("not-found", lookup.Outcome());
        Assert.Equal(JsonValueKind.Null, lookup.GetProperty("citizen").ValueKind);
        Assert.Contains("Không tìm thấy công dân", lookup.GetProperty("message").GetString());
        Assert.Equal("NotFound", (await _desk.RowAsync(lookup.LookupId()))!.Outcome);

        var code = await _desk.ReceiveAsync(Desk, lookup.LookupId(), PopulationCitizens.NotFound, "Hoàng Văn Vắng", "1995-03-03");
        var identity = await _desk.IdentityAsync(Desk, code);
        Assert.False(identity.GetProperty("verified").GetBoolean());
        Assert.Equal("Chưa xác thực", identity.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_held_number_with_another_name_is_a_mismatch_that_reveals_nobody()
    {
        var lookup = await _desk.LookUpAsync(Desk, PopulationCitizens.NguyenVanAn, "Nguyễn Văn Bình", "1990-05-01");

        Assert.Equal("mismatch", lookup.Outcome());
        Assert.Equal(JsonValueKind.Null, lookup.GetProperty("citizen").ValueKind);
        Assert.Contains("họ tên", lookup.GetProperty("message").GetString());
        Assert.DoesNotContain("Ấn", lookup.GetProperty("message").GetString());
        Assert.Equal("Mismatch", (await _desk.RowAsync(lookup.LookupId()))!.Outcome);
    }

    [Fact]
    public async Task A_registry_slower_than_the_limit_is_unavailable_logged_with_its_outcome_and_the_desk_receives_unverified()
    {
        var lookup = await _desk.LookUpAsync(Desk, PopulationCitizens.Slow, "Đỗ Văn Chậm", "1988-04-04");

        // The registry holds him and would have answered "found": only the time limit explains this outcome.
        Assert.Equal("unavailable", lookup.Outcome());
        Assert.Equal(JsonValueKind.Null, lookup.GetProperty("citizen").ValueKind);
        Assert.Contains("tiếp tục tiếp nhận", lookup.GetProperty("message").GetString());
        Assert.Contains(_desk.Registry.Messages, r => r.MaYeuCau == $"THB_DVC_{lookup.LookupId():N}" && r.Answer == "slow");
        var row = await _desk.RowAsync(lookup.LookupId());
        Assert.Equal(("Unavailable", PopulationCitizens.Slow), (row!.Outcome, row.CitizenId));
        Assert.NotNull(row.FinishedAt);
        Assert.Contains("Timeout", row.Detail);

        var code = await _desk.ReceiveAsync(Desk, lookup.LookupId(), PopulationCitizens.Slow, "Đỗ Văn Chậm", "1988-04-04");
        Assert.False((await _desk.IdentityAsync(Desk, code)).GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task The_log_row_is_committed_before_the_call_and_kept_when_the_call_fails()
    {
        const string citizenId = PopulationCitizens.VuMinhKhoi;
        // The gateway hangs longer than the adapter waits: while the call is out, the row must already be there.
        _desk.Faults.Arm(new FaultPlan(1, 503, 3000));
        var call = _desk.LookUpAsync(Desk, citizenId, "Vũ Minh Khôi", "2003-11-20");

        var seenPending = false;
        for (var i = 0; i < 200 && !call.IsCompleted && !seenPending; i++)
        {
            seenPending = (await _desk.OutcomesAsync(citizenId)).Contains("Pending");
            await Task.Delay(20);
        }

        var lookup = await call;
        Assert.True(seenPending, "no row was visible while the registry was being called");
        Assert.Equal("unavailable", lookup.Outcome());
        var row = await _desk.RowAsync(lookup.LookupId());
        Assert.Equal(("Unavailable", "Tiếp nhận hồ sơ thủ tục 1.001193", Desk), (row!.Outcome, row.Reason, row.Officer));

        // A gateway answering 5xx at once: the same outcome, the row kept.
        _desk.Faults.Arm(new FaultPlan(1, 503, 0));
        var failed = await _desk.LookUpAsync(Desk, citizenId, "Vũ Minh Khôi", "2003-11-20");
        Assert.Equal("unavailable", failed.Outcome());
        Assert.Contains("503", (await _desk.RowAsync(failed.LookupId()))!.Detail);
        Assert.Equal(["Unavailable", "Unavailable"], await _desk.OutcomesAsync(citizenId));
    }

    [Fact]
    public async Task A_lookup_of_another_officer_or_for_another_citizen_does_not_verify_the_dossier()
    {
        var lookup = await _desk.LookUpAsync(Desk, PopulationCitizens.NguyenVanAn, "Nguyễn Văn Ấn", "1990-05-01");
        Assert.Equal("verified", lookup.Outcome());
        var colleague = await TestOfficers.AddAtAsync(_api, DeskOffice, "pop", Role.Reception);

        var byColleague = await _desk.ReceiveAsync(colleague, lookup.LookupId());
        var forAnother = await _desk.ReceiveAsync(Desk, lookup.LookupId(), PopulationCitizens.TranThiAnhDuong, "Trần Thị Ánh Dương", "1990-01-02");
        var renamed = await _desk.ReceiveAsync(Desk, lookup.LookupId(), fullName: "Nguyễn Văn Ánh");
        var unknown = await _desk.ReceiveAsync(Desk, Guid.NewGuid());

        foreach (var (username, code) in new[] { (colleague, byColleague), (Desk, forAnother), (Desk, renamed), (Desk, unknown) })
        {
            Assert.False((await _desk.IdentityAsync(username, code)).GetProperty("verified").GetBoolean(), code);
        }

        Assert.Null((await _desk.RowAsync(lookup.LookupId()))!.DossierCode);
    }

    [Fact]
    public async Task A_lookup_of_an_earlier_day_does_not_verify_a_receipt_of_today()
    {
        var lookup = await _desk.LookUpAsync(Desk, PopulationCitizens.NguyenVanAn, "Nguyễn Văn Ấn", "1990-05-01");
        _api.Factory.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = new PopulationDesk(_api, new WorkflowClient(_api)); // signed in anew: yesterday's tokens have expired

        var code = await tomorrow.ReceiveAsync(Desk, lookup.LookupId());

        Assert.False((await tomorrow.IdentityAsync(Desk, code)).GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task Only_reception_officers_look_citizens_up_and_a_refusal_writes_nothing()
    {
        var before = await CountAsync();

        var response = await _desk.PostLookupAsync("xa.chuyenvien", new
        {
            citizenId = PopulationCitizens.NguyenVanAn, fullName = "Nguyễn Văn Ấn", birthDate = "1990-05-01", reason = "Xem thử",
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task The_log_is_listed_for_an_admin_newest_first_and_refused_to_the_desk()
    {
        var lookup = await _desk.LookUpAsync(Desk, PopulationCitizens.PhamThiHoa, "Phạm Thị Hoa", "1985-08-15");
        Assert.Equal("Số 5 ngõ 20 phố Hai Bà Trưng, Phường Bồ Xuyên, Thành phố Thái Bình, Tỉnh Thái Bình",
            lookup.GetProperty("citizen").GetProperty("address").GetString()); // where she lives now, not her permanent residence

        var admin = await _api.CreateClientSignedInAsAsync("admin");
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/population-lookups?citizenId={PopulationCitizens.PhamThiHoa}");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal((lookup.LookupId(), Desk, "verified"), (item.GetProperty("id").GetGuid(), item.GetProperty("officer").GetString(), item.GetProperty("outcome").GetString()));

        var refused = await (await _api.CreateClientSignedInAsAsync(Desk)).GetAsync("/api/admin/population-lookups");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private async Task<long> CountAsync()
    {
        await using var connection = new NpgsqlConnection(_api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from population_lookups", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
