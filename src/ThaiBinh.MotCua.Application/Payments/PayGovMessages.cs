namespace ThaiBinh.MotCua.Application.Payments;

// PayGov's messages (integrations.md §3.1), the field names as the platform spells them; every value
// is a string, amounts in integer đồng written without separators, times yyyyMMddHHmmss in Vietnam's time.

/// <summary>INIT: the request to pay.</summary>
public sealed record PayGovInitMessage
{
    public string LoaiBanTin { get; init; } = "INIT";

    public string PhienBan { get; init; } = PayGovProtocol.Version;

    public required string MaDoiTac { get; init; }

    public required string MaThamChieu { get; init; }

    public required string SoTien { get; init; }

    public string LoaiHinhThanhToan { get; init; } = "PAY";

    public string MaKenhThanhToan { get; init; } = "1";

    public string MaThietBi { get; init; } = "1";

    public string NgonNgu { get; init; } = "vi-VN";

    public string MaTienTe { get; init; } = "VND";

    public string MaNganHang { get; init; } = "PAYMENT";

    public required string ThongTinGiaoDich { get; init; }

    public required string ThoiGianGD { get; init; }

    public required string Ip { get; init; }

    public string? UrlCallback { get; init; }

    public string? UrlTraVe { get; init; }

    public required PayGovReceipt ThongTinBienLai { get; init; }

    public string MaXacThuc { get; set; } = string.Empty;
}

/// <summary>ThongTinBienLai: what the receipt says (the fines and treasury fields stay empty for fees).</summary>
public sealed record PayGovReceipt
{
    public string MaDichVu { get; init; } = "2";

    public required string MaDVC { get; init; }

    public required string TenDVC { get; init; }

    public required string MaTTHC { get; init; }

    public required string TenTTHC { get; init; }

    public required string MaDonVi { get; init; }

    public required string TenDonVi { get; init; }

    public required string MaHoSo { get; init; }

    public required string NoiDungThanhToan { get; init; }

    public required string HoTenNguoiNop { get; init; }

    public string? SoCMNDNguoiNop { get; init; }

    public string? DiaChiNguoiNop { get; init; }

    public required IReadOnlyList<PayGovFeeLine> PhiLePhi { get; init; }

    public required IReadOnlyList<PayGovPaymentLine> DSKhoanNop { get; init; }
}

public sealed record PayGovFeeLine(string LoaiPhiLePhi, string MaPhiLePhi, string TenPhiLePhi, string SoTien);

public sealed record PayGovPaymentLine(string NoiDung, string SoTien);

/// <summary>The platform's callback (IPN) after the citizen paid or gave up.</summary>
public sealed record PayGovCallbackMessage(
    string? LoaiBanTin,
    string? MaLoi,
    string? MaDoiTac,
    string? MaThamChieu,
    string? SoTien,
    string? MaTienTe,
    string? MaGiaoDich,
    string? MaNganHang,
    string? ThoiGianGD,
    string? ThongTinGiaoDich,
    string? MaXacThuc);

/// <summary>Our answer to a callback: MaLoi "00" taken, anything else refused (<see cref="PayGovProtocol"/>).</summary>
public sealed record PayGovCallbackReply(string MaLoi, string MoTaLoi, string? MaDoiTac, string? MaThamChieu, string? ThoiGianGD)
{
    public string MaXacThuc { get; init; } = string.Empty;
}

/// <summary>QUERY: how a transaction stands.</summary>
public sealed record PayGovQueryMessage
{
    public string LoaiBanTin { get; init; } = "QUERY";

    public string PhienBan { get; init; } = PayGovProtocol.Version;

    public required string MaDoiTac { get; init; }

    public required string MaThamChieu { get; init; }

    public required string ThoiGianGD { get; init; }

    public string MaXacThuc { get; set; } = string.Empty;
}

/// <summary>The constants of the protocol.</summary>
public static class PayGovProtocol
{
    public const string Version = "1.0.6";

    /// <summary>MaLoi of a successful payment in a callback, and of an accepted callback in our answer.</summary>
    public const string Success = "00";

    /// <summary>TrangThaiGD of QUERY: "1" paid, "4" failed, anything else still pending.</summary>
    public const string QueryPaid = "1";

    public const string QueryFailed = "4";

    // Our refusals of a callback (the sources give no list: these are ours, documented with the endpoint).
    public const string WrongChecksum = "01";
    public const string UnknownReference = "02";
    public const string WrongAmount = "03";
    public const string WrongState = "04";

    /// <summary>The amount as the platform writes it: integer đồng, no separators.</summary>
    public static string Amount(long amountVnd) => amountVnd.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>yyyyMMddHHmmss in Vietnam's time (TH's "hh" would write the afternoon as the morning).</summary>
    public static string Time(DateTimeOffset instant) =>
        Domain.Common.VietnamTime.ToLocal(instant).ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
}
