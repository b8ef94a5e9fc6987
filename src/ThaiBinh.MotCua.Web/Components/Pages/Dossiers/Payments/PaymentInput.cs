using ThaiBinh.MotCua.Application.Payments;
using ThaiBinh.MotCua.Domain.Payments;

namespace ThaiBinh.MotCua.Web.Components.Pages.Dossiers.Payments;

/// <summary>What the fees section posts: the pressed button (its action and the request's id), and the transfer's reference or the refund's reason.</summary>
public sealed class PaymentInput
{
    /// <summary>The pressed button: "request", or "online|cash|transfer|refund:{id}".</summary>
    public string? Action { get; set; }

    public string? Id => Action?.Split(':', 2) is [_, var id] ? id : null;

    private string? Verb => Action?.Split(':', 2)[0];

    public bool IsOnline => Verb == "online";

    public string? Reference { get; set; }

    public string? Reason { get; set; }

    /// <summary>The use case the button names; the online payment answers the pay page, the others the request.</summary>
    public Mediator.ICommand<PaymentRequestDto>? ToDeskCommand(string code) => Verb switch
    {
        "request" => new RequestPaymentCommand(code),
        "cash" => new PayAtDeskCommand(code, Id ?? string.Empty, PaymentMethod.Cash, null),
        "transfer" => new PayAtDeskCommand(code, Id ?? string.Empty, PaymentMethod.Transfer, Reference),
        "refund" => new RefundPaymentCommand(code, Id ?? string.Empty, Reason),
        _ => null,
    };
}

/// <summary>Amounts as the page writes them: "150.000 đ".</summary>
public static class PaymentText
{
    public static string Dong(long amountVnd) => amountVnd.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " đ";

    public static string Method(string? method) => method switch
    {
        "online" => "Trực tuyến",
        "cash" => "Tiền mặt",
        "transfer" => "Chuyển khoản",
        _ => "—",
    };
}
