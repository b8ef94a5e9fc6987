using Mediator;
using ThaiBinh.MotCua.Application.Reports.Processing;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>Reports for supervisors: the processing report of a unit's subtree over a period.</summary>
internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/reports").WithTags("Báo cáo").RequireAuthorization();

        group.MapGet("/processing", Processing)
            .WithSummary("Tình hình giải quyết hồ sơ trong kỳ (from, to), theo cơ quan tiếp nhận, thủ tục, cấp hoặc đơn vị trực thuộc; tỷ lệ đúng hạn theo Điều 30 Nghị định 61 và theo Bộ chỉ số 766.")
            .Produces<ProcessingReportDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Processing([AsParameters] GetProcessingReportQuery query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
