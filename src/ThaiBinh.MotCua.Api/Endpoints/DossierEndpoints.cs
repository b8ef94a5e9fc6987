using Mediator;
using Microsoft.AspNetCore.Mvc;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Application.Dossiers.Act;
using ThaiBinh.MotCua.Application.Dossiers.Get;
using ThaiBinh.MotCua.Application.Dossiers.Guidance;
using ThaiBinh.MotCua.Application.Dossiers.List;
using ThaiBinh.MotCua.Application.Dossiers.Moves;
using ThaiBinh.MotCua.Application.Dossiers.Receive;

namespace ThaiBinh.MotCua.Api.Endpoints;

internal static class DossierEndpoints
{
    public static void MapDossierEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/dossiers").WithTags("Hồ sơ").RequireAuthorization();

        group.MapPost("/", Receive)
            .WithSummary("Tiếp nhận hồ sơ (công chức tiếp nhận). Hỗ trợ header Idempotency-Key.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/refusals", RefuseAtReception)
            .WithSummary("Từ chối tiếp nhận hồ sơ tại quầy (Mẫu 03): cùng nội dung như tiếp nhận, kèm lý do (reasons); hồ sơ có mã, trạng thái 3 \"Không được tiếp nhận\". Hỗ trợ header Idempotency-Key.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", List)
            .WithSummary("Hàng đợi công việc: lọc theo status, step, assignee=me, procedureCode, receivedFrom/To, overdue, dueSoon (sắp đến hạn); phân trang bằng after.");
        group.MapGet("/{code}", Get)
            .WithSummary("Chi tiết hồ sơ, kèm ETag là phiên bản hiện tại.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{code}/moves", Moves)
            .WithSummary("Các thao tác cán bộ đang đăng nhập được làm với hồ sơ lúc này; thao tác không được làm kèm lý do (not-yours / not-now).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{code}/{action}", Act)
            .WithSummary("Thao tác trên hồ sơ: transfer, assign, assess, verify, approve, return, request-supplement, supplement, refuse, extend, withdraw, stop. Header If-Match tùy chọn.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        var guidance = endpoints.MapGroup("/api/desk-guidance").WithTags("Hồ sơ").RequireAuthorization();
        guidance.MapPost("/", GiveGuidance)
            .WithSummary("Hướng dẫn bổ sung, hoàn thiện hồ sơ tại quầy (Mẫu 02) khi giấy tờ chưa đủ: chưa tạo hồ sơ; ghi nhận thủ tục, người nộp, giấy tờ cần bổ sung (items) và lý do (reasons).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        guidance.MapGet("/{id}/form.pdf", GuidanceForm)
            .WithTags("Biểu mẫu")
            .WithSummary("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) của một lần hướng dẫn tại quầy (PDF).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GiveGuidance(GiveDeskGuidanceCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var guidance = await sender.Send(command, cancellationToken);
        return TypedResults.Created(guidance.Form, guidance);
    }

    private static async Task<IResult> GuidanceForm(string id, ISender sender, CancellationToken cancellationToken)
    {
        var form = await sender.Send(new GetDeskGuidanceFormQuery(id), cancellationToken);
        return TypedResults.File(form.Content, "application/pdf", form.FileName);
    }

    private static Task<IResult> Receive(
        ReceiveDossierCommand command, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
        SendIntakeAsync(command, idempotencyKey, http, sender, cancellationToken);

    private static Task<IResult> RefuseAtReception(
        ReceiveDossierCommand command, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
        SendIntakeAsync(command with { IsRefusal = true }, idempotencyKey, http, sender, cancellationToken);

    /// <summary>A receipt or a refusal at the desk: both create the dossier with its code, and replay alike.</summary>
    private static async Task<IResult> SendIntakeAsync(
        ReceiveDossierCommand command, string? idempotencyKey, HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command with { IdempotencyKey = string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey.Trim() }, cancellationToken);
        if (result.Replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return TypedResults.Created($"/api/dossiers/{result.Dossier.Code}", result.Dossier);
    }

    private static async Task<IResult> List([AsParameters] ListDossiersQuery query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<IResult> Get(string code, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
        WithETag(http, await sender.Send(new GetDossierQuery(code), cancellationToken));

    private static async Task<IResult> Moves(string code, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListDossierMovesQuery(code), cancellationToken));

    private static async Task<IResult> Act(
        string code, string action, [FromBody] ActOnDossierCommand? body, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var command = (body ?? new ActOnDossierCommand(null, null, null, null, null, null, null)) with
        {
            Code = code,
            Action = action,
            ExpectedVersion = ETags.Parse(ifMatch),
        };
        return WithETag(http, await sender.Send(command, cancellationToken));
    }

    private static IResult WithETag(HttpContext http, DossierDetailDto dossier)
    {
        http.Response.Headers.ETag = ETags.Format(dossier.Summary.Version);
        return TypedResults.Ok(dossier);
    }
}
