using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.MotCua.Application.Population;

public static class PopulationServices
{
    /// <summary>The lookup's application services (the registry's adapter is Infrastructure's).</summary>
    public static IServiceCollection AddPopulationLookups(this IServiceCollection services) =>
        services.AddScoped<VerifiedLookup>();
}
