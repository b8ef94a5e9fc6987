using Mediator;
using Microsoft.AspNetCore.Mvc;
using ThaiBinh.MotCua.Application.Notices.Templates;
using ThaiBinh.MotCua.Application.Notices.Templates.Edit;
using ThaiBinh.MotCua.Application.Notices.Templates.List;
using ThaiBinh.MotCua.Web.Security;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>The admin's notice templates: the text of every notice per message type and channel.</summary>
internal static class NoticeTemplateEndpoints
{
    public static void MapNoticeTemplateEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin/notice-templates").WithTags("Quản trị").RequireAuthorization(PolicyNames.Admin);

        group.MapGet("/", List)
            .WithSummary("Các mẫu thông báo (theo loại sự kiện và kênh email, sms, zalo), kèm các trường dùng được và phiên bản.")
            .Produces<IReadOnlyList<NoticeTemplateDto>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPut("/{type}/{channel}", Edit)
            .WithSummary("Sửa một mẫu thông báo: subject (chỉ email), body, isActive. Header If-Match (phiên bản đã đọc) tùy chọn; phiên bản cũ bị từ chối (412).")
            .Produces<NoticeTemplateDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<IResult> List(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListNoticeTemplatesQuery(), cancellationToken));

    private static async Task<IResult> Edit(
        string type, string channel, [FromBody] EditNoticeTemplateCommand? body, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var command = (body ?? new EditNoticeTemplateCommand(null, null, null)) with
        {
            MessageType = type,
            Channel = channel,
            ExpectedVersion = ETags.Parse(ifMatch),
        };
        var template = await sender.Send(command, cancellationToken);
        http.Response.Headers.ETag = ETags.Format(template.Version);
        return TypedResults.Ok(template);
    }
}
