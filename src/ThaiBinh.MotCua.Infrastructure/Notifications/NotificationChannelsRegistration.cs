using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Application.Common.Notifications;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Infrastructure.Outbound;

namespace ThaiBinh.MotCua.Infrastructure.Notifications;

/// <summary>The citizen's and officers' channels (email, SMS, Zalo) and the adapters behind them, from settings.</summary>
internal static class NotificationChannelsRegistration
{
    public static IServiceCollection AddNotificationChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.Configure<SmsOptions>(configuration.GetSection(SmsOptions.Section));
        services.Configure<ZaloOptions>(configuration.GetSection(ZaloOptions.Section));

        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddOutsideSystem<ISmsSender, SmsBrandnameClient>(configuration, "SmsBrandname");
        services.AddSingleton<ZaloAccessTokens>();
        services.AddOutsideSystem<IZaloOfficialAccount, ZaloOfficialAccountClient>(configuration, "Zalo");

        // Scoped: the composer reads templates from the database.
        services.AddScoped<IOutboxChannel, EmailChannel>();
        services.AddScoped<IOutboxChannel, SmsChannel>();
        services.AddScoped<IOutboxChannel, ZaloChannel>();
        return services;
    }
}
