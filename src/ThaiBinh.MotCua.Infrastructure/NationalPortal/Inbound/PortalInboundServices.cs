using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Application.NationalPortal.Inbound;
using ThaiBinh.MotCua.Infrastructure.Outbound;

namespace ThaiBinh.MotCua.Infrastructure.NationalPortal.Inbound;

internal static class PortalInboundServices
{
    /// <summary>
    /// Dossiers submitted online: the shared token and file sources of <c>NationalPortal:Inbound</c>,
    /// and the file downloads through <c>OutsideSystems:PortalFiles</c> (timeouts, breaker; no base address).
    /// </summary>
    public static IServiceCollection AddPortalInbound(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalInboundOptions>(configuration.GetSection(PortalInboundOptions.Section));
        services.AddSingleton<PortalInboundToken>();
        services.AddOutsideSystem<IPortalFileSource, PortalFileDownloader>(configuration, "PortalFiles");
        return services;
    }
}
