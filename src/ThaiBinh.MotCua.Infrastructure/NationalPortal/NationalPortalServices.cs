using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Application.NationalPortal;
using ThaiBinh.MotCua.Infrastructure.Outbound;

namespace ThaiBinh.MotCua.Infrastructure.NationalPortal;

internal static class NationalPortalServices
{
    /// <summary>The portal's planner, channel and adapter, from settings <c>NationalPortal</c> and <c>OutsideSystems:Portal</c>.</summary>
    public static IServiceCollection AddNationalPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NationalPortalOptions>(configuration.GetSection(NationalPortalOptions.Section));
        services.AddSingleton<PortalSession>();
        services.AddOutsideSystem<INationalPortal, DvcqgClient>(configuration, "Portal");
        services.AddSingleton<IDeliveryPlanner, PortalSyncPlanner>();
        services.AddScoped<PortalSyncState>();
        services.AddScoped<IOutboxChannel, PortalChannel>();
        return services;
    }
}
