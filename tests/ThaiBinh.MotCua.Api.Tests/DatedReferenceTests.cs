using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Reference;
using static ThaiBinh.MotCua.Api.Tests.Infrastructure.ReorganisedWorld;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>Lookups "in force on date D" across a reorganisation that reuses a code, and desks that close.</summary>
public sealed class DatedReferenceTests(ApiFixture api) : ApiTest
{
    [Fact]
    public async Task A_reused_code_names_the_old_commune_until_30_June_and_the_new_one_from_1_July()
    {
        var world = await CreateAsync(api, "41");
        var reference = await Snapshot();

        Assert.Equal("Xã Thử 41 A", reference.UnitOn(world.CommuneA, LastOldDay)!.Name);
        Assert.Equal("Phường Thử 41 Mới", reference.UnitOn(world.CommuneA, FirstNewDay)!.Name);
        Assert.NotNull(reference.OfficeOn(world.DeskA, LastOldDay));
        Assert.Null(reference.OfficeOn(world.DeskA, FirstNewDay));
        Assert.Null(reference.OfficeOn(world.DeskN1, LastOldDay));
        Assert.DoesNotContain(reference.OfficesOn(FirstNewDay), o => o.Code == world.DistrictDesk);
        Assert.Contains(reference.OfficesOn(LastOldDay), o => o.Code == world.DistrictDesk);
    }

    [Fact]
    public async Task The_parent_desk_is_the_nearest_ancestor_desk_in_force_on_the_day()
    {
        var world = await CreateAsync(api, "42");
        var reference = await Snapshot();
        var deskA = reference.OfficeOn(world.DeskA, LastOldDay)!;
        var deskN1 = reference.OfficeOn(world.DeskN1, FirstNewDay)!;

        // Three tiers: the commune's parent is the district; two tiers: the province, with no name of a level in the code.
        Assert.Equal(world.DistrictDesk, reference.ParentDesk(deskA, LastOldDay)!.Code);
        // (the province's centre, asked on the last day it works: Thái Bình's whole tree closes on 30/06/2025).
        Assert.Equal("000.00.01.H54", reference.ParentDesk(deskN1, LastOldDay)!.Code);
        // The day after, nothing above the old commune works any more: no desk to route to.
        Assert.Null(reference.ParentDesk(deskA, FirstNewDay));
        Assert.Equal(world.DeskN1, reference.InForceSuccessorOn(deskA, FirstNewDay)!.Code);
        Assert.Null(reference.InForceSuccessorOn(reference.OfficeOn(world.DistrictDesk, LastOldDay)!, FirstNewDay));
    }

    [Fact]
    public async Task A_closed_desk_receives_on_its_last_day_and_refuses_from_its_first_closed_day()
    {
        var world = await CreateAsync(api, "43");

        MoveClockTo(NineOn(LastOldDay));
        var desk = new WorkflowClient(api);
        var received = await desk.ReceiveAsync(world.ReceptionA, "1.001193");
        Assert.StartsWith(world.DeskA + "-250630-", received.Code());

        MoveClockTo(NineOn(FirstNewDay));
        desk = new WorkflowClient(api);
        var before = await api.CountDossiersAsync();
        var response = await (await desk.As(world.ReceptionA)).PostAsJsonAsync("/api/dossiers", await desk.ReceiptBodyAsync("1.001193"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(OfficeInForce.ClosedRule, problem.Code);
        Assert.Contains("Bộ phận Tiếp nhận và Trả kết quả xã Thử 43 A", problem.Detail);
        Assert.Contains("30/06/2025", problem.Detail);
        Assert.Equal(before, await api.CountDossiersAsync());

        // The successor's desk, opened that day, receives.
        Assert.StartsWith(world.DeskN1 + "-250701-", (await desk.ReceiveAsync(world.ReceptionN1, "1.001193")).Code());
    }

    private async Task<ReferenceSnapshot> Snapshot() =>
        await api.Factory.Services.GetRequiredService<IReferenceData>().CurrentAsync(CancellationToken.None);

    /// <summary>
    /// The scenario's moment; a new client is signed in after it, since a token of the day before
    /// has expired. The clock may go back: every test builds a world of its own.
    /// </summary>
    private void MoveClockTo(DateTimeOffset moment) => api.Factory.Clock.AdjustTime(moment);
}
