using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Application.Population;
using ThaiBinh.MotCua.Infrastructure.Outbound;

namespace ThaiBinh.MotCua.Infrastructure.Population;

internal static class PopulationRegistryServices
{
    public const string Name = "PopulationDb";

    /// <summary>
    /// The population database's adapter, from settings <c>PopulationDb</c> and <c>OutsideSystems:PopulationDb</c>.
    /// The desk waits on the call, so its limits are short unless set: one attempt of 3 s, no retry.
    /// </summary>
    public static IServiceCollection AddPopulationRegistry(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PopulationDbOptions>(configuration.GetSection(PopulationDbOptions.Section));
        var section = $"{OutsideSystemOptions.Section}:{Name}";
        services.AddOutsideSystem<IPopulationRegistry, PopulationRegistryClient>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{section}:AttemptTimeoutSeconds"] = "3",
                [$"{section}:TotalTimeoutSeconds"] = "5",
                [$"{section}:Retries"] = "0",
            })
            .AddConfiguration(configuration)
            .Build(), Name);
        return services;
    }
}
