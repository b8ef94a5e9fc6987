using System.Threading.RateLimiting;
using Mediator;
using ThaiBinh.MotCua.Application.Dossiers.PublicLookup;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>What citizens reach without an account: looking a dossier up by its code.</summary>
internal static class PublicEndpoints
{
    private const string LookupPolicy = "public-lookup";

    public static IServiceCollection AddPublicLookupRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("PublicLookup:PermitsPerMinute", 30);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(LookupPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    public static void MapPublicEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/public/dossiers/{code}", Lookup)
            .WithTags("Tra cứu công khai")
            .AllowAnonymous()
            .RequireRateLimiting(LookupPolicy)
            .WithSummary("Tra cứu tình trạng hồ sơ theo mã; verify = 4 số cuối điện thoại hoặc số định danh để xem tên người nộp.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> Lookup(string code, string? verify, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new PublicDossierQuery(code, verify), cancellationToken));
}
