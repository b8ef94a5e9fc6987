using System.Security.Cryptography;
using System.Text;

namespace ThaiBinh.MotCua.Application.Payments;

/// <summary>
/// PayGov's MaXacThuc (integrations.md §3.1): the lower-case hex SHA-256 of the message's fields joined
/// by '|' in the platform's order, the secret last. One function per message, so the field order of
/// each is written once.
/// </summary>
public static class PayGovChecksum
{
    public static string Init(PayGovInitMessage m, string secret) => Of(
        m.LoaiBanTin, m.PhienBan, m.MaDoiTac, m.MaThamChieu, m.SoTien, m.LoaiHinhThanhToan, m.MaKenhThanhToan, m.MaThietBi,
        m.NgonNgu, m.MaTienTe, m.MaNganHang, m.ThongTinGiaoDich, m.ThoiGianGD, m.Ip, secret);

    public static string Callback(PayGovCallbackMessage m, string secret) => Of(
        m.LoaiBanTin, m.MaLoi, m.MaDoiTac, m.MaThamChieu, m.SoTien, m.MaTienTe, m.MaGiaoDich, m.MaNganHang, m.ThoiGianGD,
        m.ThongTinGiaoDich, secret);

    public static string Query(PayGovQueryMessage m, string secret) => Of(m.LoaiBanTin, m.PhienBan, m.MaDoiTac, m.MaThamChieu, m.ThoiGianGD, secret);

    /// <summary>Our answer to a callback, signed the same way so the platform can trust it (the sources do not give its field order: ours).</summary>
    public static string Reply(PayGovCallbackReply r, string secret) => Of(r.MaLoi, r.MaDoiTac, r.MaThamChieu, r.ThoiGianGD, secret);

    /// <summary>Whether <paramref name="given"/> is <paramref name="expected"/>, in time that does not depend on where they differ.</summary>
    public static bool Matches(string expected, string? given) =>
        given is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given.Trim().ToLowerInvariant()));

    public static string Of(params string?[] fields) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', fields.Select(f => f ?? string.Empty)))));
}
