using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using ThaiBinh.MotCua.Application.Auth;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Infrastructure.Security;
using ThaiBinh.MotCua.Web.Security;

namespace ThaiBinh.MotCua.Api.Security;

internal static class AuthenticationSetup
{
    /// <summary>Picks the bearer token or the pages' cookie for each request (see <see cref="SchemeFor"/>).</summary>
    private const string SignedInScheme = "MotCua";

    public static IServiceCollection AddMotCuaAuthentication(this IServiceCollection services, JwtSettings settings)
    {
        services
            .AddAuthentication(SignedInScheme)
            .AddPolicyScheme(SignedInScheme, "Bearer token or cookie", options => options.ForwardDefaultSelector = SchemeFor)
            .AddCookie(WebAuthentication.Scheme, WebAuthentication.Configure)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.Issuer,
                    ValidAudience = settings.Audience,
                    IssuerSigningKey = settings.SigningKey,
                    NameClaimType = OfficerClaims.Username,
                    RoleClaimType = OfficerClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                options.Events = new JwtBearerEvents
                {
                    OnMessageReceived = HangfireDashboardAccess.ReadToken,
                    OnTokenValidated = HangfireDashboardAccess.KeepValidatedToken,
                };
            });

        // Token lifetimes are judged by the injected clock, the same one that stamped them.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TimeProvider>((options, clock) => options.TokenValidationParameters.LifetimeValidator =
                (notBefore, expires, _, parameters) => IsWithinLifetime(clock.GetUtcNow().UtcDateTime, notBefore, expires, parameters.ClockSkew));

        services.AddAuthorizationBuilder()
            .AddPolicy(PolicyNames.Admin, policy => policy
                .RequireRole(nameof(Role.Admin))
                .AddRequirements(new StillActiveAdminRequirement()));
        services.AddScoped<IAuthorizationHandler, StillActiveAdminHandler>();

        services.AddHttpContextAccessor();
        return services;
    }

    /// <summary>
    /// The API, its documents and the job dashboard keep their bearer tokens (a 401 answer, never a
    /// redirect); the pages use the cookie, whose challenge sends the browser to sign in.
    /// </summary>
    private static string SchemeFor(HttpContext http) =>
        http.Request.Headers.Authorization.Count > 0
        || http.Request.Path.StartsWithSegments("/api")
        || http.Request.Path.StartsWithSegments("/hangfire")
            ? JwtBearerDefaults.AuthenticationScheme
            : WebAuthentication.Scheme;

    private static bool IsWithinLifetime(DateTime now, DateTime? notBefore, DateTime? expires, TimeSpan skew) =>
        expires is not null && now - skew < expires.Value && (notBefore is null || notBefore.Value <= now + skew);
}
