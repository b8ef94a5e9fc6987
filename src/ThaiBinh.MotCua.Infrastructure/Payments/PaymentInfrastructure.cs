using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Application.Payments;
using ThaiBinh.MotCua.Infrastructure.Outbound;

namespace ThaiBinh.MotCua.Infrastructure.Payments;

internal static class PaymentInfrastructure
{
    /// <summary>The PayGov adapter (settings <c>Payments:PayGov</c>, <c>OutsideSystems:PayGov</c>) and the reconciliation job.</summary>
    public static IServiceCollection AddPayGov(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PayGovOptions>(configuration.GetSection(PayGovOptions.Section));
        services.AddOutsideSystem<IPayGov, PayGovClient>(configuration, "PayGov");
        services.AddScoped<PaymentReconciliationJob>();
        services.AddHostedService<PaymentJobsRegistration>();
        return services;
    }
}
