using Mediator;
using ThaiBinh.MotCua.Application.Dossiers.PublicLookup;
using ThaiBinh.MotCua.Web.Security;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>What citizens reach without an account: looking a dossier up by its code.</summary>
internal static class PublicEndpoints
{
    public static IServiceCollection AddPublicLookupRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy<string, PublicLookupRateLimitPolicy>(PolicyNames.PublicLookup);
        });

    public static void MapPublicEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/public/dossiers/{code}", Lookup)
            .WithTags("Tra cứu công khai")
            .AllowAnonymous()
            .RequireRateLimiting(PolicyNames.PublicLookup)
            .WithSummary("Tra cứu tình trạng hồ sơ theo mã; verify = 4 số cuối điện thoại hoặc số định danh để xem thủ tục và tên người nộp (sai quá số lần cho phép thì tạm khóa xác minh hồ sơ đó).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> Lookup(string code, string? verify, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new PublicDossierQuery(code, verify), cancellationToken));
}
