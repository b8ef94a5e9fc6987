using Mediator;
using ThaiBinh.MotCua.Application.Admin.Outbox;
using ThaiBinh.MotCua.Web.Security;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>The admin's view of the outbox: what waits, what failed, and sending a failed one again.</summary>
internal static class OutboxEndpoints
{
    public static void MapOutboxEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin/outbox").WithTags("Quản trị").RequireAuthorization(PolicyNames.Admin);

        group.MapGet("/", Summary)
            .WithSummary("Số lần gửi thông điệp theo kênh và trạng thái; thời gian chờ của lần gửi cũ nhất đang chờ.")
            .Produces<OutboxSummaryDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/deliveries", List)
            .WithSummary("Danh sách lần gửi, mới nhất trước (state=pending|delivered|dead, channel, page, pageSize); số điện thoại và thư điện tử được che bớt.")
            .Produces<OutboxDeliveryPageDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/deliveries/{id}/retry", Retry)
            .WithSummary("Gửi lại một lần gửi đã thất bại (dead): về trạng thái chờ gửi, số lần thử về 0, gửi ngay.")
            .Produces<RetryOutboxDeliveryResultDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> Summary(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetOutboxSummaryQuery(), cancellationToken));

    private static async Task<IResult> List([AsParameters] ListOutboxDeliveriesQuery query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<IResult> Retry(string id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RetryOutboxDeliveryCommand(id), cancellationToken));
}
