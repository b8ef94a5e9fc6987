using Mediator;
using ThaiBinh.MotCua.Application.Supervision.Overdue;
using ThaiBinh.MotCua.Application.Supervision.Summary;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>Supervisors' views: overdue lists (JSON or CSV) and unit dashboards.</summary>
internal static class SupervisionEndpoints
{
    public static void MapSupervisionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/supervision").WithTags("Giám sát").RequireAuthorization();

        group.MapGet("/overdue", Overdue)
            .WithSummary("Hồ sơ quá hạn (dueSoon=true: cả sắp đến hạn) trong đơn vị và các đơn vị trực thuộc; Accept: text/csv để xuất CSV.")
            .Produces<OverduePageDto>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/units/{unitCode}/summary", Summary)
            .WithSummary("Số liệu mới nhất của đơn vị, từng đơn vị trực thuộc và xu hướng 30 ngày.")
            .Produces<UnitSummaryDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Overdue(HttpContext http, [AsParameters] ListOverdueQuery query, ISender sender, CancellationToken cancellationToken)
    {
        if (!WantsCsv(http.Request))
        {
            return TypedResults.Ok(await sender.Send(query, cancellationToken));
        }

        var (request, first) = await OverdueCsv.FirstPageAsync(sender, query, cancellationToken);
        return TypedResults.Stream(
            body => OverdueCsv.WriteAsync(body, sender, request, first, cancellationToken), OverdueCsv.ContentType, OverdueCsv.FileName(first));
    }

    private static async Task<IResult> Summary(string unitCode, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetUnitSummaryQuery(unitCode), cancellationToken));

    private static bool WantsCsv(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));
}
