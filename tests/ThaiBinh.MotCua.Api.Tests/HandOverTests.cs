using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using static ThaiBinh.MotCua.Api.Tests.Infrastructure.ReorganisedWorld;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>The admin's hand-over of a closed desk's open dossiers to its successor, over HTTP.</summary>
public sealed class HandOverTests(ApiFixture api) : ApiTest
{
    [Fact]
    public async Task A_dossier_of_a_closed_desk_is_handed_over_once_keeping_its_history_and_the_successor_finishes_it()
    {
        var world = await CreateAsync(api, "51");
        MoveClockTo(NineOn(new DateOnly(2025, 6, 20)));
        var desk = new WorkflowClient(api);
        var code = (await desk.ReceiveAsync(world.ReceptionA, "1.001193")).Code();
        var before = await desk.GetAsync(world.ReceptionA, code);

        MoveClockTo(NineOn(FirstNewDay));
        desk = new WorkflowClient(api);
        var admin = await api.CreateClientSignedInAsAsync("admin");
        var first = await HandOverAsync(admin, new { });
        Assert.Contains(code, first.GetProperty("codes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(first.GetProperty("codes").GetArrayLength(), first.GetProperty("handedOver").GetInt32());

        var after = await desk.GetAsync(world.ReceptionN1, code);
        Assert.Equal(code, after.Code());
        Assert.Equal(before.ReceivedAt(), after.ReceivedAt());
        Assert.Equal(before.DueAt(), after.DueAt());
        Assert.Equal(world.DeskN1, after.CurrentOffice());
        Assert.Equal(world.DeskA, after.Summary().GetProperty("receivingOffice").GetProperty("code").GetString());
        var handoffs = after.GetProperty("handoffs").EnumerateArray().ToList();
        Assert.Equal(before.GetProperty("handoffs").GetArrayLength() + 1, handoffs.Count);
        Assert.Equal(
            before.GetProperty("handoffs")[0].GetProperty("handedAt").GetDateTimeOffset(),
            handoffs[0].GetProperty("handedAt").GetDateTimeOffset());
        Assert.Equal((world.DeskA, world.DeskN1), (handoffs[^1].GetProperty("fromOffice").GetProperty("code").GetString(), handoffs[^1].GetProperty("toOffice").GetProperty("code").GetString()));
        Assert.Equal(NineOn(FirstNewDay), handoffs[^1].GetProperty("handedAt").GetDateTimeOffset());
        var history = after.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["receive", "hand-over"], history.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal("bàn giao hồ sơ cho cơ quan kế thừa", history[^1].GetProperty("label").GetString());
        Assert.Equal(before.GetProperty("history")[0].ToString(), history[0].ToString());

        var again = await HandOverAsync(admin, new { officeCode = world.DeskA });
        Assert.Equal(0, again.GetProperty("handedOver").GetInt32());
        Assert.Equal(after.Version(), (await desk.GetAsync(world.ReceptionN1, code)).Version());

        await desk.DoAsync(world.ReceptionN1, code, "transfer");
        await desk.DoAsync(world.SpecialistN1, code, "assess", new { decision = "approve" });
        await desk.DoAsync(world.LeaderN1, code, "approve", new { decision = "approve" });
        MoveClockTo(NineOn(new DateOnly(2025, 8, 5)));
        desk = new WorkflowClient(api);
        var returned = await desk.DoAsync(world.ReceptionN1, code, "return", new { receivedBy = "Nguyễn Văn Ấn" });
        Assert.Equal(10, returned.StatusCode());
        Assert.Equal(code, returned.Code());
        Assert.Equal(before.ReceivedAt(), returned.ReceivedAt());
    }

    [Fact]
    public async Task Only_an_admin_hands_over_and_an_unknown_closed_office_is_not_found()
    {
        await CreateAsync(api, "52");
        MoveClockTo(NineOn(FirstNewDay));
        var officer = await api.CreateClientSignedInAsAsync("xa.tiepnhan");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/admin/hand-overs", new { })).StatusCode);

        var admin = await api.CreateClientSignedInAsAsync("admin");
        // Hưng Yên's provincial centre is open: not a closed office, so nothing to hand over from it.
        var response = await admin.PostAsJsonAsync("/api/admin/hand-overs", new { officeCode = "000.00.01.H31" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("000.00.01.H31", (await Problem.ReadAsync(response)).Detail);
    }

    private static async Task<JsonElement> HandOverAsync(HttpClient admin, object body)
    {
        var response = await admin.PostAsJsonAsync("/api/admin/hand-overs", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// The scenario's moment; a new client is signed in after it, since a token of the day before
    /// has expired. The clock may go back: every test builds a world of its own.
    /// </summary>
    private void MoveClockTo(DateTimeOffset moment) => api.Factory.Clock.AdjustTime(moment);
}
