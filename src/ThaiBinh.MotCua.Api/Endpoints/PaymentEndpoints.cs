using System.Text.Json;
using Mediator;
using ThaiBinh.MotCua.Application.Payments;
using ThaiBinh.MotCua.Domain.Payments;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>
/// Fees of a dossier at the desk (who may do what: <see cref="PaymentAccess"/>) and the payment
/// platform's callback, anonymous and trusted only through its checksum.
/// </summary>
internal static class PaymentEndpoints
{
    public sealed record TransferBody(string? Reference);

    public sealed record RefundBody(string? Reason);

    public static void MapPaymentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/dossiers/{code}/payments").WithTags("Phí, lệ phí").RequireAuthorization();
        group.MapGet("/", async (string code, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListPaymentsQuery(code), ct)))
            .WithSummary("Phí, lệ phí của hồ sơ: các khoản theo thủ tục, thời điểm thu, có dừng tính thời hạn ở trạng thái 6 không, các yêu cầu thanh toán và thao tác được phép.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Request)
            .WithSummary("Tạo yêu cầu thanh toán: thu trước khi trả kết quả thì chuyển hồ sơ sang trạng thái 6 \"Yêu cầu thực hiện nghĩa vụ tài chính\" (chuyên viên, lãnh đạo cơ quan đang xử lý); thu khi tiếp nhận thì bộ phận một cửa tạo khi chưa có.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/online", async (string code, string id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new PayOnlineCommand(code, id), ct)))
            .WithSummary("Gửi yêu cầu thanh toán sang Nền tảng thanh toán quốc gia (INIT); trả về payUrl là trang thanh toán của công dân.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/cash", async (string code, string id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new PayAtDeskCommand(code, id, PaymentMethod.Cash, null), ct)))
            .WithSummary("Thu tiền mặt tại quầy (bộ phận một cửa).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/transfer", async (string code, string id, TransferBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new PayAtDeskCommand(code, id, PaymentMethod.Transfer, body.Reference), ct)))
            .WithSummary("Ghi nhận chuyển khoản (reference: mã giao dịch ngân hàng), bộ phận một cửa.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/refund", async (string code, string id, RefundBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RefundPaymentCommand(code, id, body.Reason), ct)))
            .WithSummary("Hoàn phí (reason), lãnh đạo bộ phận tiếp nhận hoặc cơ quan giải quyết.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        endpoints.MapPost("/api/payments/paygov/callback", Callback)
            .WithTags("Phí, lệ phí")
            .AllowAnonymous()
            .WithSummary("Kết quả thanh toán do Nền tảng thanh toán quốc gia gửi về (MaXacThuc SHA-256). Trả lời MaLoi 00 khi nhận; 01 sai mã xác thực hoặc đối tác, 02 không có mã tham chiếu, 03 sai số tiền, 04 yêu cầu không chờ thanh toán.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> Request(string code, ISender sender, CancellationToken ct)
    {
        var request = await sender.Send(new RequestPaymentCommand(code), ct);
        return TypedResults.Created($"/api/dossiers/{code}/payments", request);
    }

    /// <summary>The answer in the platform's spelling (MaLoi, MoTaLoi…), not the API's camelCase.</summary>
    private static readonly JsonSerializerOptions PayGovJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static async Task<IResult> Callback(PayGovCallbackMessage message, HttpContext http, ISender sender, CancellationToken ct) =>
        TypedResults.Json(await sender.Send(new AcceptPayGovCallbackCommand(message, http.Connection.RemoteIpAddress?.ToString()), ct), PayGovJson);
}
