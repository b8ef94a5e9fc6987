using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ThaiBinh.MotCua.Infrastructure.Outbound;

/// <summary>
/// The one way an adapter gets its HTTP client: a typed client on the outside system's address with
/// the timeouts, retries and circuit breaker of its settings (<see cref="OutsideSystemOptions"/>).
/// </summary>
internal static class OutsideSystemHttp
{
    public static IHttpClientBuilder AddOutsideSystem<TClient, TImplementation>(
        this IServiceCollection services, IConfiguration configuration, string name)
        where TClient : class
        where TImplementation : class, TClient
    {
        var options = configuration.GetSection($"{OutsideSystemOptions.Section}:{name}").Get<OutsideSystemOptions>()
            ?? new OutsideSystemOptions();
        var builder = services.AddHttpClient<TClient, TImplementation>(name, http =>
        {
            if (options.BaseUrl is not null)
            {
                http.BaseAddress = options.BaseUrl;
            }

            // The resilience pipeline owns the time limits.
            http.Timeout = Timeout.InfiniteTimeSpan;
        });
        builder.AddResilienceHandler(name, pipeline =>
        {
            // Wall-clock time: a call's time limits and backoff are about the network, not the business clock
            // (the one in DI, which tests replace with a fake that does not move by itself and would hang every retry).
            pipeline.TimeProvider = TimeProvider.System;
            pipeline.AddTimeout(TimeSpan.FromSeconds(options.TotalTimeoutSeconds));
            if (options.Retries > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.Retries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(200),
                });
            }

            pipeline
                .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = options.BreakerFailureRatio,
                    MinimumThroughput = Math.Max(options.BreakerMinimumCalls, 2),
                    SamplingDuration = TimeSpan.FromSeconds(Math.Max(options.BreakSeconds * 2, 1)),
                    BreakDuration = TimeSpan.FromSeconds(Math.Max(options.BreakSeconds, 0.5)),
                })
                .AddTimeout(TimeSpan.FromSeconds(options.AttemptTimeoutSeconds));
        });
        return builder;
    }
}
