using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ThaiBinh.MotCua.Application.Evaluations;

namespace ThaiBinh.MotCua.Infrastructure.Evaluations;

public static class EvaluationServices
{
    /// <summary>The evaluation links' signer; a host outside Development and Testing without a key does not start.</summary>
    public static IServiceCollection AddEvaluations(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(EvaluationOptions.Section).Get<EvaluationOptions>() ?? new EvaluationOptions();
        EvaluationLinkKey key;
        if (!string.IsNullOrWhiteSpace(options.LinkKey))
        {
            key = options.LinkKey.Length >= EvaluationOptions.MinimumKeyLength
                ? EvaluationLinkKey.From(options.LinkKey)
                : throw new InvalidOperationException($"{EvaluationOptions.Section}:LinkKey must be at least {EvaluationOptions.MinimumKeyLength} characters.");
        }
        else if (environment.IsDevelopment() || environment.IsEnvironment("Testing"))
        {
            // Links made by this process only: enough for a developer's machine and a test run.
            key = EvaluationLinkKey.Random();
        }
        else
        {
            throw new InvalidOperationException(
                $"{EvaluationOptions.Section}:LinkKey is not configured: the citizens' evaluation links must be signed with a key every server shares.");
        }

        services.AddSingleton(key);
        services.AddSingleton<IEvaluationLinks, EvaluationLinks>();
        return services;
    }
}
