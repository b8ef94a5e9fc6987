using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using FromBodyAttribute = Microsoft.AspNetCore.Mvc.FromBodyAttribute;
using FromHeaderAttribute = Microsoft.AspNetCore.Mvc.FromHeaderAttribute;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Application.NationalPortal.Inbound;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>
/// Dossiers submitted on the national portal: the portal hands them in (its shared token, not an
/// officer's sign-in), the desk answers each (accept, completion request, refusal).
/// </summary>
internal static class PortalInboundEndpoints
{
    public static void MapPortalInboundEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/portal/inbound/dossiers", HandIn)
            .WithTags("Cổng DVCQG")
            .AllowAnonymous()
            .Accepts<ReceiveOnlineDossierCommand>("application/json")
            .WithSummary("Cổng Dịch vụ công quốc gia chuyển hồ sơ nộp trực tuyến (bản ghi DongBoHoSoMC, header X-Portal-Token). Trả lời {error_code, message, mahoso, code}: 0 thành công, 1 đã tồn tại.")
            .Produces<OnlineDossierReply>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        endpoints.MapPost("/api/dossiers/{code}/online/{decision}", Decide)
            .WithTags("Hồ sơ")
            .RequireAuthorization()
            .WithSummary("Trả lời hồ sơ nộp trực tuyến đang ở trạng thái 1: accept (tiếp nhận), completion-request {items, reasons} (yêu cầu bổ sung, hoàn thiện), refusal {reasons} (từ chối). Header If-Match tùy chọn.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    /// <summary>The token is checked before the body is read: a caller that is not the portal learns nothing of the body's rules.</summary>
    private static async Task<IResult> HandIn(
        HttpRequest request, PortalInboundToken token, IOptions<JsonOptions> json, ISender sender, CancellationToken cancellationToken)
    {
        token.Require(request.Headers[PortalInboundToken.Header]);
        if (!request.HasJsonContentType())
        {
            throw new BadHttpRequestException("Nội dung yêu cầu phải là JSON.", StatusCodes.Status415UnsupportedMediaType);
        }

        ReceiveOnlineDossierCommand? command;
        try
        {
            command = await request.ReadFromJsonAsync<ReceiveOnlineDossierCommand>(json.Value.SerializerOptions, cancellationToken);
        }
        catch (JsonException malformed)
        {
            throw new BadHttpRequestException("Nội dung yêu cầu không phải JSON hợp lệ.", StatusCodes.Status400BadRequest, malformed);
        }

        if (command is null)
        {
            throw new BadHttpRequestException("Nội dung yêu cầu không phải JSON hợp lệ.", StatusCodes.Status400BadRequest);
        }

        return TypedResults.Ok(await sender.Send(command, cancellationToken));
    }

    private static async Task<IResult> Decide(
        string code, string decision, [FromBody] DecideOnlineDossierCommand? body, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var command = (body ?? new DecideOnlineDossierCommand(null, null, null)) with
        {
            Code = code,
            Decision = decision,
            ExpectedVersion = ETags.Parse(ifMatch),
        };
        DossierDetailDto dossier = await sender.Send(command, cancellationToken);
        http.Response.Headers.ETag = ETags.Format(dossier.Summary.Version);
        return TypedResults.Ok(dossier);
    }
}
