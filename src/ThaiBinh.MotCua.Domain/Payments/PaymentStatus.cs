namespace ThaiBinh.MotCua.Domain.Payments;

/// <summary>Where a payment request stands (TH's TrangThai, integrations.md §3.1).</summary>
public enum PaymentStatus
{
    /// <summary>Chưa thanh toán.</summary>
    Unpaid,

    /// <summary>Chờ thanh toán: sent to the payment platform, no answer yet.</summary>
    Pending,

    /// <summary>Đã thanh toán.</summary>
    Paid,

    /// <summary>Thanh toán không thành công: may be tried again.</summary>
    Failed,

    /// <summary>Đã hoàn phí.</summary>
    Refunded,
}

/// <summary>How it was paid (TH's HinhThucThanhToan).</summary>
public enum PaymentMethod
{
    /// <summary>Trực tuyến, through the national payment platform.</summary>
    Online,

    /// <summary>Tiền mặt tại quầy.</summary>
    Cash,

    /// <summary>Chuyển khoản.</summary>
    Transfer,
}

public static class PaymentLabels
{
    public static string Label(this PaymentStatus status) => status switch
    {
        PaymentStatus.Unpaid => "Chưa thanh toán",
        PaymentStatus.Pending => "Chờ thanh toán",
        PaymentStatus.Paid => "Đã thanh toán",
        PaymentStatus.Failed => "Thanh toán không thành công",
        _ => "Đã hoàn phí",
    };

    public static string Label(this FeeKind kind) => kind == FeeKind.Fee ? "Phí" : "Lệ phí";

    public static string Label(this PaymentMethod method) => method switch
    {
        PaymentMethod.Online => "trực tuyến",
        PaymentMethod.Cash => "tiền mặt tại quầy",
        _ => "chuyển khoản",
    };
}
