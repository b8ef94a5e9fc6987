using Hangfire;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using ThaiBinh.MotCua.Web.Security;

namespace ThaiBinh.MotCua.Api.Security;

/// <summary>
/// The Hangfire dashboard is opened in a browser, which cannot send a bearer header. An admin opens
/// /hangfire?access_token=… once; the token is kept in an HttpOnly cookie scoped to /hangfire for the
/// dashboard's own follow-up requests, for <see cref="CookieLifetime"/> from that moment. The same
/// JWT checks apply either way, and every request asks the database whether the officer is still an
/// active admin (<see cref="StillActiveAdminRequirement"/>).
/// </summary>
internal static class HangfireDashboardAccess
{
    public const string Path = "/hangfire";
    private const string CookieName = "motcua_hangfire_token";
    private const string QueryName = "access_token";

    /// <summary>
    /// Fixed, not sliding: a browser left open on the dashboard forgets the token within the half hour,
    /// and the admin opens the address with a token again.
    /// </summary>
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromMinutes(30);

    public static Task ReadToken(MessageReceivedContext context)
    {
        var request = context.HttpContext.Request;
        if (!request.Path.StartsWithSegments(Path) || request.Headers.Authorization.Count > 0)
        {
            return Task.CompletedTask;
        }

        var fromQuery = request.Query[QueryName].ToString();
        if (!string.IsNullOrEmpty(fromQuery))
        {
            context.Token = fromQuery;
        }
        else if (request.Cookies.TryGetValue(CookieName, out var fromCookie))
        {
            context.Token = fromCookie;
        }

        return Task.CompletedTask;
    }

    /// <summary>Only a token that passed validation is kept in the cookie.</summary>
    public static Task KeepValidatedToken(TokenValidatedContext context)
    {
        var request = context.HttpContext.Request;
        var fromQuery = request.Query[QueryName].ToString();
        if (request.Path.StartsWithSegments(Path) && !string.IsNullOrEmpty(fromQuery))
        {
            context.Response.Cookies.Append(CookieName, fromQuery, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = request.IsHttps,
                Path = Path,
                MaxAge = CookieLifetime,
            });
        }

        return Task.CompletedTask;
    }

    public static void MapMotCuaHangfireDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboardWithNoAuthorizationFilters(Path, new DashboardOptions
        {
            DashboardTitle = "ThaiBinh.MotCua: tác vụ nền",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(PolicyNames.Admin);
}
