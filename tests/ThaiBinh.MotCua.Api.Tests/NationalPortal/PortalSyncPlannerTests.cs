using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Application.NationalPortal;

namespace ThaiBinh.MotCua.Api.Tests.NationalPortal;

/// <summary>Which messages the portal hears of.</summary>
public sealed class PortalSyncPlannerTests
{
    private static readonly Guid DossierId = Guid.CreateVersion7();

    [Theory]
    [InlineData("dossier.received", true, true)]
    [InlineData("dossier.status-changed", true, true)]
    [InlineData("dossier.due-moved", true, true)]
    [InlineData("supervision.overdue-digest", true, false)]
    [InlineData("dossier.received", false, false)]
    public async Task Every_dossier_message_goes_to_the_portal_in_the_dossiers_order_while_it_is_enabled(string type, bool enabled, bool planned)
    {
        var planner = new PortalSyncPlanner(Options.Create(new NationalPortalOptions { Enabled = enabled }));

        var deliveries = await planner.PlanAsync(new OutboxEnvelope(Guid.CreateVersion7(), type, 1, DossierId, DateTimeOffset.UnixEpoch, "{}"), CancellationToken.None);

        Assert.Equal(planned ? [new PlannedDelivery("portal", "dvcqg", $"portal:{DossierId}")] : [], deliveries);
    }
}
