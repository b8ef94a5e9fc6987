using Mediator;
using Microsoft.AspNetCore.Mvc;
using ThaiBinh.MotCua.Application.Admin.HandOver;
using ThaiBinh.MotCua.Web.Security;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>The admin's hand-over of the open dossiers of offices a reorganisation closed.</summary>
internal static class HandOverEndpoints
{
    public static void MapHandOverEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/admin/hand-overs", HandOver)
            .WithTags("Quản trị")
            .RequireAuthorization(PolicyNames.Admin)
            .WithSummary("Bàn giao hồ sơ đang giải quyết của các cơ quan đã ngừng hoạt động (hoặc của một cơ quan: officeCode) cho cơ quan kế thừa; chạy lại không thay đổi gì.")
            .Produces<HandOverResultDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> HandOver([FromBody] HandOverBody? body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new HandOverDossiersCommand(body?.OfficeCode), cancellationToken));

    /// <summary>POST body, optional: officeCode limits the hand-over to that closed office.</summary>
    internal sealed record HandOverBody(string? OfficeCode);
}
