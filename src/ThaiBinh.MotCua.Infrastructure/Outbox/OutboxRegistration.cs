using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Application.Admin.Outbox;
using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Infrastructure.Outbox;

internal static class OutboxRegistration
{
    /// <summary>The relay over the planners and channels registered by their own modules, and the worker unless turned off.</summary>
    public static IServiceCollection AddOutboxRelay(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var options = configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions();
        services.AddSingleton(options);
        services.AddSingleton(new OutboxDatabase(connectionString));
        services.AddScoped<IOutboxRelay, OutboxRelay>();
        services.AddScoped<IOutboxDeliveries, OutboxDeliveriesStore>();
        if (options.WorkerEnabled)
        {
            services.AddSingleton<OutboxWakeUp>();
            services.AddHostedService<OutboxWorker>();
        }

        return services;
    }
}
