using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.MotCua.Application.Payments;

public static class PaymentServices
{
    /// <summary>The payments' use-case services (the platform's adapter is Infrastructure's).</summary>
    public static IServiceCollection AddPayments(this IServiceCollection services)
    {
        services.AddScoped<PaymentAccess>();
        services.AddScoped<PaymentSettlement>();
        services.AddScoped<PaymentReconciliation>();
        return services;
    }
}
