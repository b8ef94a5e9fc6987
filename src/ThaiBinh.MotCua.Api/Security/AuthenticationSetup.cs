using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Infrastructure.Security;

namespace ThaiBinh.MotCua.Api.Security;

internal static class AuthenticationSetup
{
    /// <summary>
    /// Admin by the token and, read again on each request, by the database: an admin's powers (the
    /// calendar, the job dashboard) end the moment the account is deactivated or demoted.
    /// </summary>
    public const string AdminPolicy = "Admin";

    public static IServiceCollection AddMotCuaAuthentication(this IServiceCollection services, JwtSettings settings)
    {
        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.Issuer,
                    ValidAudience = settings.Audience,
                    IssuerSigningKey = settings.SigningKey,
                    NameClaimType = MotCuaClaims.Username,
                    RoleClaimType = MotCuaClaims.Role,
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
            .AddPolicy(AdminPolicy, policy => policy
                .RequireRole(nameof(Role.Admin))
                .AddRequirements(new StillActiveAdminRequirement()));
        services.AddScoped<IAuthorizationHandler, StillActiveAdminHandler>();

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentOfficer, HttpCurrentOfficer>();
        return services;
    }

    private static bool IsWithinLifetime(DateTime now, DateTime? notBefore, DateTime? expires, TimeSpan skew) =>
        expires is not null && now - skew < expires.Value && (notBefore is null || notBefore.Value <= now + skew);
}
