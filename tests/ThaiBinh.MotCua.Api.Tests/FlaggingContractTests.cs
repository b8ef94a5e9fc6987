using System.Collections;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Audit;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Application.Supervision;
using ThaiBinh.MotCua.Infrastructure.Persistence;
using static ThaiBinh.MotCua.Application.Common.Outbox.OutboxContracts;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// Binds the flagging run's SQL to the versioned outbox contract: the JSON it writes has exactly the
/// property names of the V1 records, and reads back as one digest per supervisor of the dossiers that
/// became overdue in their scope, one due-soon list per handler.
/// </summary>
public sealed class FlaggingContractTests(ApiFixture api) : ApiTest
{
    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task Each_supervisor_gets_one_digest_of_the_newly_overdue_dossiers_in_their_scope_and_each_handler_their_due_soon_list()
    {
        var commune = await _desk.ReceiveAsync("xa.tiepnhan", "2.000635");
        var province = await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488");
        var (communeId, provinceId) = (await DossierIdAsync(commune.Code()), await DossierIdAsync(province.Code()));
        var first = commune.DueAt() <= province.DueAt()
            ? (Id: communeId, Handler: "xa.tiepnhan", Due: commune.DueAt())
            : (Id: provinceId, Handler: "tinh.tiepnhan", Due: province.DueAt());

        // An hour before the earlier appointment: it is due soon (within one working day), nothing is overdue yet.
        MoveClockTo(first.Due.AddHours(-1));
        var soonRun = await RunFlaggingAsync();
        var handlerLists = await MessagesAsync(OutboxMessageTypes.DueSoon, soonRun.At);
        Assert.Empty(await MessagesAsync(OutboxMessageTypes.OverdueDigest, soonRun.At));
        Assert.All(handlerLists, m => AssertFollowsContract<DueSoonV1>(m));
        var lists = handlerLists.Select(m => Read<DueSoonV1>(m.Payload)).ToList();
        Assert.Equal(lists.Count, lists.Select(l => l.HandlerId).Distinct().Count());
        var handlerId = await OfficerIdAsync(first.Handler);
        var handlerList = Assert.Single(lists, l => l.HandlerId == handlerId);
        Assert.Contains(first.Id, handlerList.Dossiers.Select(d => d.DossierId));
        Assert.All(lists, l => Assert.Equal(soonRun.At, l.RunAt));

        // Past both appointments: both are newly overdue in one run.
        MoveClockTo((commune.DueAt() > province.DueAt() ? commune.DueAt() : province.DueAt()).AddMinutes(1));
        var overdueRun = await RunFlaggingAsync();
        var digestMessages = await MessagesAsync(OutboxMessageTypes.OverdueDigest, overdueRun.At);
        Assert.All(digestMessages, m => AssertFollowsContract<OverdueDigestV1>(m));
        var digests = digestMessages.Select(m => Read<OverdueDigestV1>(m.Payload)).ToList();
        Assert.Equal(digests.Count, digests.Select(d => d.SupervisorId).Distinct().Count()); // one digest per supervisor per run
        Assert.All(digests, d => Assert.Equal(overdueRun.At, d.RunAt));

        IReadOnlyList<Guid> SeenBy(Guid supervisorId) =>
            [.. digests.Where(d => d.SupervisorId == supervisorId).SelectMany(d => d.Dossiers).Select(d => d.DossierId).Where(id => id == communeId || id == provinceId).Order()];

        Assert.Equal(new[] { communeId, provinceId }.Order(), SeenBy(await OfficerIdAsync("tinh.giamsat"))); // the province sees a commune's dossier
        Assert.Equal([communeId], SeenBy(await OfficerIdAsync("huyen.giamsat")));
        Assert.Equal([communeId], SeenBy(await OfficerIdAsync("xa.giamsat"))); // another unit's supervisor does not see the province's

        var communeSupervisor = await OfficerIdAsync("xa.giamsat");
        var line = digests.Single(d => d.SupervisorId == communeSupervisor).Dossiers.Single(d => d.DossierId == communeId);
        Assert.Equal((commune.Code(), (DateTimeOffset?)commune.DueAt()), (line.Code, line.DueAt));
        Assert.Equal(await CurrentOfficeAsync(communeId), line.CurrentOfficeId);

        // A second run with nothing new writes no alert.
        var before = await AlertCountAsync();
        var again = await RunFlaggingAsync();
        Assert.Equal((0, before), (again.Alerts, await AlertCountAsync()));
    }

    /// <summary>
    /// The message is version 1 of its contract, belongs to no single dossier, and its JSON has, at
    /// every level, exactly the camelCase names of <typeparamref name="T"/>'s properties.
    /// </summary>
    private static void AssertFollowsContract<T>(OutboxMessage message)
    {
        Assert.Equal((OutboxMessageTypes.Version, (Guid?)null), (message.ContractVersion, message.DossierId));
        using var json = JsonDocument.Parse(message.Payload);
        AssertNames(typeof(T), json.RootElement);
    }

    private static void AssertNames(Type type, JsonElement element)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        Assert.Equal(
            properties.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order(),
            element.EnumerateObject().Select(p => p.Name).Order());
        foreach (var property in properties.Where(p => p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType)))
        {
            var itemType = property.PropertyType.GetGenericArguments().Single();
            var items = element.GetProperty(JsonNamingPolicy.CamelCase.ConvertName(property.Name)).EnumerateArray().ToList();
            Assert.NotEmpty(items);
            items.ForEach(item => AssertNames(itemType, item));
        }
    }

    private async Task<FlaggingRun> RunFlaggingAsync()
    {
        using var scope = api.Factory.Services.CreateScope();
        var run = await scope.ServiceProvider.GetRequiredService<IOverdueFlagging>().RunAsync(CancellationToken.None);
        Assert.False(run.Skipped);
        return run;
    }

    private async Task<List<OutboxMessage>> MessagesAsync(string type, DateTimeOffset runAt)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Type == type && m.OccurredAt == runAt).ToListAsync();
    }

    private async Task<int> AlertCountAsync()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().OutboxMessages
            .CountAsync(m => m.Type == OutboxMessageTypes.OverdueDigest || m.Type == OutboxMessageTypes.DueSoon);
    }

    private async Task<Guid> DossierIdAsync(string code)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
    }

    private async Task<Guid> CurrentOfficeAsync(Guid dossierId)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers.Where(d => d.Id == dossierId).Select(d => d.CurrentOfficeId).SingleAsync();
    }

    private async Task<Guid> OfficerIdAsync(string username)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Officers.Where(o => o.Username == username).Select(o => o.Id).SingleAsync();
    }

    /// <summary>The shared clock only moves forward.</summary>
    private void MoveClockTo(DateTimeOffset moment)
    {
        Assert.True(moment >= api.Factory.Clock.GetUtcNow(), $"the clock is already past {moment:O}");
        api.Factory.Clock.SetUtcNow(moment);
    }
}
