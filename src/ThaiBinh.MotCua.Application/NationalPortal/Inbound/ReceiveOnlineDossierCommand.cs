using System.Text.Json.Serialization;
using Mediator;

namespace ThaiBinh.MotCua.Application.NationalPortal.Inbound;

/// <summary>
/// A dossier submitted online, as the national portal hands it in: the fields of its
/// <c>DongBoHoSoMC</c> record (integrations.md §1.4) the desk needs, spelled as the portal spells
/// them. <c>NgayNopHoSo</c> is <c>yyyyMMddHHmmss</c> in Vietnam time, <c>NgaySinh</c> <c>yyyyMMdd</c>.
/// The same <c>MaHoSo</c> again is the same dossier: created once; after a completion request it is
/// the completed dossier, back in the desk's queue.
/// </summary>
public sealed record ReceiveOnlineDossierCommand(
    string? MaHoSo,
    string? MaTTHC,
    string? MaDonViTiepNhan,
    string? ChuHoSo,
    string? SoGiayToChuHoSo,
    string? NgaySinh,
    string? SoDienThoai,
    string? Email,
    string? DiaChi,
    string? TrichYeuHoSo,
    string? NgayNopHoSo,
    string? MaDoiTuong,
    IReadOnlyList<PortalFileInput>? TaiLieuNop) : ICommand<OnlineDossierReply>;

/// <summary>
/// One submitted file: the document it belongs to (<c>TenThanhPhanHoSo</c>, else its code) and the
/// address it is fetched from (<c>DuongDanTaiTepTin</c>).
/// </summary>
public sealed record PortalFileInput(
    string? TepDinhKemId,
    string? TenTepDinhKem,
    string? MaThanhPhanHoSo,
    string? TenThanhPhanHoSo,
    string? DuongDanTaiTepTin);

/// <summary>
/// The portal's style of answer: <c>error_code</c> 0 when taken in (created or completed), 1 when the
/// system already has the dossier in a state a resend does not change; <c>mahoso</c> the portal's
/// code, <c>code</c> the dossier's code in the one-stop system.
/// </summary>
public sealed record OnlineDossierReply(
    [property: JsonPropertyName("error_code")] int ErrorCode,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("mahoso")] string MaHoSo,
    [property: JsonPropertyName("code")] string Code)
{
    public const int Accepted = 0;

    public const int AlreadyExists = 1;
}
