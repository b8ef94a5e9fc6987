using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>Every move tried by a wrong role, from a wrong office and in a wrong state: refused, nothing written.</summary>
public sealed class DossierGuardTests(ApiFixture api) : ApiTest
{
    private readonly WorkflowClient _desk = new(api);

    public static TheoryData<string, object, string> WrongRole() => new()
    {
        { "transfer", new { }, "tinh.chuyenvien" },
        { "assign", new { assignee = "tinh.chuyenvien" }, "tinh.chuyenvien" },
        { "assess", new { decision = "approve" }, "tinh.lanhdao" },
        { "verify", new { note = "x" }, "tinh.tiepnhan" },
        { "approve", new { decision = "approve" }, "tinh.chuyenvien" },
        { "return", new { receivedBy = "A" }, "tinh.lanhdao" },
        { "request-supplement", new { items = "Ảnh", reason = "Bản sao chưa được chứng thực" }, "tinh.lanhdao" },
        { "supplement", new { note = "x" }, "tinh.lanhdao" },
        { "refuse", new { reason = "x" }, "tinh.chuyenvien" },
        { "extend", new { newDueAt = "2030-01-02T09:00:00+07:00", reason = "x" }, "tinh.chuyenvien" },
        { "withdraw", new { reason = "x" }, "tinh.lanhdao" },
        { "stop", new { reason = "x" }, "tinh.tiepnhan" },
    };

    [Theory]
    [MemberData(nameof(WrongRole))]
    public async Task A_move_by_a_role_that_may_not_make_it_gets_403_and_changes_nothing(string action, object body, string username)
    {
        var code = await TransferredAsync();

        await AssertRefusedAsync(code, username, action, body, HttpStatusCode.Forbidden);
    }

    /// <summary>The desk holds a returned dossier: its own moves are refused for the state.</summary>
    public static TheoryData<string, object, string> WrongState() => new()
    {
        { "transfer", new { }, "tinh.tiepnhan" },
        { "return", new { receivedBy = "A" }, "tinh.tiepnhan" },
        { "supplement", new { note = "x" }, "tinh.tiepnhan" },
        { "withdraw", new { reason = "x" }, "tinh.tiepnhan" },
    };

    [Theory]
    [MemberData(nameof(WrongState))]
    public async Task A_move_on_a_returned_dossier_gets_409_and_changes_nothing(string action, object body, string username)
    {
        var code = await ReturnedAsync();

        await AssertRefusedAsync(code, username, action, body, HttpStatusCode.Conflict);
    }

    /// <summary>Sở Tư pháp handled the dossier but no longer holds it: "not yours" comes before "not now".</summary>
    public static TheoryData<string, object, string> NoLongerHeld() => new()
    {
        { "assess", new { decision = "approve" }, "tinh.chuyenvien" },
        { "verify", new { note = "x" }, "tinh.chuyenvien" },
        { "approve", new { decision = "approve" }, "tinh.lanhdao" },
        { "request-supplement", new { items = "Ảnh", reason = "Bản sao chưa được chứng thực" }, "tinh.chuyenvien" },
        { "refuse", new { reason = "x" }, "tinh.lanhdao" },
        { "extend", new { newDueAt = "2030-01-02T09:00:00+07:00", reason = "x" }, "tinh.lanhdao" },
        { "stop", new { reason = "x" }, "tinh.lanhdao" },
        { "assign", new { assignee = "tinh.chuyenvien" }, "tinh.lanhdao" },
    };

    [Theory]
    [MemberData(nameof(NoLongerHeld))]
    public async Task A_move_by_an_office_that_no_longer_holds_the_dossier_gets_403_whatever_its_state(string action, object body, string username)
    {
        var code = await ReturnedAsync();

        await AssertRefusedAsync(code, username, action, body, HttpStatusCode.Forbidden);
    }

    public static TheoryData<string, object, string> WrongOffice() => new()
    {
        { "transfer", new { }, "xa.tiepnhan" },
        { "assign", new { assignee = "xa.chuyenvien" }, "huyen.lanhdao" },
        { "assess", new { decision = "approve" }, "congan.chuyenvien" },
        { "approve", new { decision = "approve" }, "xa.lanhdao" },
        { "return", new { receivedBy = "A" }, "huyen.tiepnhan" },
        { "withdraw", new { reason = "x" }, "xa.tiepnhan" },
        { "verify", new { note = "x" }, "huyen.chuyenvien" },
        { "request-supplement", new { items = "Ảnh", reason = "Bản sao chưa được chứng thực" }, "xa.chuyenvien" },
        { "supplement", new { note = "x" }, "huyen.tiepnhan" },
        { "refuse", new { reason = "x" }, "huyen.lanhdao" },
        { "extend", new { newDueAt = "2030-01-02T09:00:00+07:00", reason = "x" }, "xa.lanhdao" },
        { "stop", new { reason = "x" }, "xa.lanhdao" },
    };

    [Theory]
    [MemberData(nameof(WrongOffice))]
    public async Task A_dossier_of_another_office_does_not_exist_for_the_officer(string action, object body, string username)
    {
        var code = await TransferredAsync();

        await AssertRefusedAsync(code, username, action, body, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _desk.As(username)).GetAsync($"/api/dossiers/{code}")).StatusCode);
    }

    [Fact]
    public async Task An_officer_who_sees_a_dossier_but_is_not_at_its_step_gets_403()
    {
        var code = await TransferredAsync();
        await _desk.DoAsync("tinh.chuyenvien", code, "assess", new { decision = "approve" }); // now at Công an tỉnh

        await AssertRefusedAsync(code, "tinh.chuyenvien", "request-supplement", new { items = "Ảnh", reason = "Bản sao chưa được chứng thực" }, HttpStatusCode.Forbidden);
        await AssertRefusedAsync(code, "tinh.lanhdao", "approve", new { decision = "approve" }, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_supervisor_reads_dossiers_below_them_but_acts_on_none()
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();

        Assert.Equal(HttpStatusCode.OK, (await (await _desk.As("huyen.giamsat")).GetAsync($"/api/dossiers/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await _desk.As("tinh.giamsat")).GetAsync($"/api/dossiers/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _desk.As("huyen.tiepnhan")).GetAsync($"/api/dossiers/{code}")).StatusCode);
        await AssertRefusedAsync(code, "huyen.giamsat", "transfer", new { }, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Only_a_reception_officer_at_a_desk_receives()
    {
        var body = await _desk.ReceiptBodyAsync("2.000488");
        var before = await api.CountDossiersAsync();

        var specialist = await (await _desk.As("tinh.chuyenvien")).PostAsJsonAsync("/api/dossiers", body);
        var anonymous = await api.CreateClient().PostAsJsonAsync("/api/dossiers", body);

        Assert.Equal(HttpStatusCode.Forbidden, specialist.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(before, await api.CountDossiersAsync());
    }

    private async Task AssertRefusedAsync(string code, string username, string action, object body, HttpStatusCode expected)
    {
        var before = await SnapshotAsync(code);

        var response = await _desk.ActAsync(username, code, action, body);

        Assert.Equal(expected, response.StatusCode);
        var problem = await Problem.ReadAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
        Assert.Equal(before, await SnapshotAsync(code));
    }

    private async Task<string> TransferredAsync()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        return code;
    }

    private async Task<string> ReturnedAsync()
    {
        var code = await TransferredAsync();
        await _desk.DoAsync("tinh.lanhdao", code, "refuse", new { reason = "Không đủ điều kiện" });
        await _desk.DoAsync("tinh.tiepnhan", code, "return", new { receivedBy = "Nguyễn Văn Ấn" });
        return code;
    }

    /// <summary>The dossier's version and every row an action may write about it.</summary>
    private async Task<(int Version, int Actions, int Audit, int Outbox)> SnapshotAsync(string code)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Code == code);
        return (dossier.Version, dossier.Actions.Count,
            await db.AuditEntries.CountAsync(a => a.DossierId == dossier.Id),
            await db.OutboxMessages.CountAsync(m => m.DossierId == dossier.Id));
    }
}
