using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Web.Components;
using ThaiBinh.MotCua.Web.Components.Pages.Reception;
using ThaiBinh.MotCua.Web.Files;
using ThaiBinh.MotCua.Web.Forms;
using ThaiBinh.MotCua.Web.Security;
using ThaiBinh.MotCua.Web.Supervision;

namespace ThaiBinh.MotCua.Web;

public static class WebSetup
{
    public static IServiceCollection AddMotCuaWeb(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<CircuitHandler, OfficerCircuitHandler>();
        services.AddScoped<CircuitSender>();
        return services;
    }

    /// <summary>The pages at <c>/</c>; the API keeps <c>/api</c>.</summary>
    public static IEndpointRouteBuilder MapMotCuaWeb(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapStaticAssets();
        endpoints.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        endpoints.MapFormDownloads();
        endpoints.MapFilePages();
        endpoints.MapCitizenIdCheck();
        endpoints.MapSupervisionDownloads();
        return endpoints;
    }
}
