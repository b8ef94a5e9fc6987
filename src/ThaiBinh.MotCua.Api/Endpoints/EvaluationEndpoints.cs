using Mediator;
using Microsoft.AspNetCore.Mvc;
using ThaiBinh.MotCua.Application.Evaluations;
using ThaiBinh.MotCua.Application.Evaluations.Give;
using ThaiBinh.MotCua.Application.Evaluations.Public;
using ThaiBinh.MotCua.Application.Evaluations.Report;
using ThaiBinh.MotCua.Web.Security;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>
/// The citizen's evaluation: through the link of the returned notice (anonymous, limited per address
/// like the lookup), on the desk's tablet (the desk officer's session), and the quarterly results.
/// </summary>
internal static class EvaluationEndpoints
{
    public static void MapEvaluationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var link = endpoints.MapGroup("/api/public/evaluations").WithTags("Đánh giá của công dân").AllowAnonymous().RequireRateLimiting(PolicyNames.PublicLookup);
        link.MapGet("/{token}", Invitation)
            .WithSummary("Phiếu đánh giá theo đường dẫn trong thông báo trả kết quả: mã hồ sơ, thủ tục, nơi tiếp nhận, trạng thái (open, not-returned, evaluated) và 9 chỉ số.")
            .Produces<EvaluationInvitationDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        link.MapPost("/{token}", RateThroughLink)
            .WithSummary("Công dân gửi đánh giá: answers {\"1\":\"a\"…\"9\":\"c\"} (a = 2, b = 1, c = 0 điểm), overall (very-satisfied, satisfied, dissatisfied), comment; mỗi hồ sơ một lần, sau khi trả kết quả.")
            .Produces<EvaluationDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var desk = endpoints.MapGroup("/api/dossiers").WithTags("Đánh giá của công dân").RequireAuthorization();
        desk.MapPost("/{code}/evaluation", RateAtDesk)
            .WithSummary("Đánh giá trên máy tính bảng tại quầy (công chức tiếp nhận của bộ phận đã trả kết quả đăng nhập): cùng nội dung như đánh giá theo đường dẫn.")
            .Produces<EvaluationDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        desk.MapGet("/{code}/evaluation", DossierEvaluation)
            .WithSummary("Phiếu đánh giá của một hồ sơ (cán bộ giám sát, quản trị viên).")
            .Produces<EvaluationDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        endpoints.MapGroup("/api/reports").WithTags("Báo cáo").RequireAuthorization()
            .MapGet("/evaluations", Report)
            .WithSummary("Kết quả đánh giá của công dân theo quý (quarter) hoặc năm (year), theo cán bộ, cơ quan hoặc đơn vị (by = officer, office, unit): số phiếu, điểm 9 chỉ số, tổng điểm, xếp loại (Thông tư 01/2018, Điều 15), mức độ hài lòng chung.")
            .Produces<EvaluationReportDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Invitation(string token, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetEvaluationInvitationQuery(token), cancellationToken));

    private static async Task<IResult> RateThroughLink(string token, [FromBody] EvaluationBody? body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Created(
            $"/api/public/evaluations/{Uri.EscapeDataString(token)}",
            await sender.Send(new RateThroughLinkCommand(token, body?.Answers, body?.Overall, body?.Comment), cancellationToken));

    private static async Task<IResult> RateAtDesk(string code, [FromBody] EvaluationBody? body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Created(
            $"/api/dossiers/{Uri.EscapeDataString(code)}/evaluation",
            await sender.Send(new RateAtDeskCommand(code, body?.Answers, body?.Overall, body?.Comment), cancellationToken));

    private static async Task<IResult> DossierEvaluation(string code, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetDossierEvaluationQuery(code), cancellationToken));

    private static async Task<IResult> Report([AsParameters] GetEvaluationReportQuery query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
