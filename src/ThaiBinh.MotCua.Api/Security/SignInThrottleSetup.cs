using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Api.Security;

internal static class SignInThrottleSetup
{
    public static IServiceCollection AddSignInThrottle(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SignInThrottleOptions>(configuration.GetSection(SignInThrottleOptions.Section));
        services.AddSingleton<ISignInThrottle, SignInThrottle>();
        return services;
    }
}
