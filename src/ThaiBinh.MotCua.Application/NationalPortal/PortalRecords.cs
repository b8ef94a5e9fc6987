namespace ThaiBinh.MotCua.Application.NationalPortal;

// The field names are the portal's own (integrations.md §1.4, §1.5), sent as they are spelled here;
// every value is a string as the portal takes it, dates in PortalDates' format. Null fields are left out.

/// <summary>The dossier record of <c>DongBoHoSoMC</c>.</summary>
public sealed record PortalDossierRecord
{
    public required string MaHoSo { get; init; }

    public required string MaTTHC { get; init; }

    public required string TenTTHC { get; init; }

    public string? MaLinhVuc { get; init; }

    public string? TenLinhVuc { get; init; }

    public required string KenhThucHien { get; init; }

    public required string SoBienNhan { get; init; }

    public required string ChuHoSo { get; init; }

    public string? SoGiayToChuHoSo { get; init; }

    public required string LoaiDoiTuong { get; init; }

    public string? Email { get; init; }

    public string? SoDienThoai { get; init; }

    public required string TrichYeuHoSo { get; init; }

    public required string NgayTiepNhan { get; init; }

    public string? NgayHenTra { get; init; }

    public string? NgayTra { get; init; }

    public string? NgayKetThucXuLy { get; init; }

    public string? NgayTuChoi { get; init; }

    public required string NgayNopHoSo { get; init; }

    public required string TrangThaiHoSo { get; init; }

    public required string HinhThuc { get; init; }

    public required string DonViXuLy { get; init; }

    public required IReadOnlyList<PortalSubmittedFile> TaiLieuNop { get; init; }

    public IReadOnlyList<PortalOwnerIdentity>? DinhDanhCHS { get; init; }

    /// <summary>The procedure's fees (PortalPaymentFields), when it collects any.</summary>
    public IReadOnlyList<PortalFee>? DanhSachLePhi { get; init; }

    /// <summary>"1" paid online through the national platform, "3" otherwise (TH's values), when the dossier has payment requests.</summary>
    public string? DuocThanhToanTrucTuyen { get; init; }
}

/// <summary>A fee of <c>DanhSachLePhi</c>: <c>HinhThucThu</c> 1 at reception, 4 before the result; <c>LoaiPhiLePhi</c> "1" ordinary.</summary>
public sealed record PortalFee(string TenPhiLePhi, string MaPhiLePhi, string HinhThucThu, string Gia, string LoaiPhiLePhi);

/// <summary>A submitted document, by name only: the desk keeps no files yet.</summary>
public sealed record PortalSubmittedFile(string TenTepDinhKem, string IsDeleted);

/// <summary>The owner's identity: <c>LoaiDinhDanh</c> "1" for a 12-digit CCCD.</summary>
public sealed record PortalOwnerIdentity(string LoaiDinhDanh, string SoDinhDanh);

/// <summary>A progress record of <c>CapNhatTienDoHoSoMC</c>: one history entry of the dossier.</summary>
public sealed record PortalProgressRecord
{
    public required string MaHoSo { get; init; }

    public required string NguoiXuLy { get; init; }

    public string? ChucDanh { get; init; }

    public required string ThoiDiemXuLy { get; init; }

    public required string PhongBanXuLy { get; init; }

    public required string NoiDungXuLy { get; init; }

    public required string TrangThai { get; init; }

    public string? NgayBatDau { get; init; }

    public string? NgayKetThucTheoQuyDinh { get; init; }
}
