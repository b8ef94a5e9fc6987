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

    /// <summary>The owner's portal account (TechID), sent only for a dossier submitted online.</summary>
    public string? MaDoiTuong { get; init; }

    /// <summary>The result documents attached to the dossier (PortalFileRecords); left out while there are none.</summary>
    public IReadOnlyList<PortalResultDocument>? DanhSachGiayToKetQua { get; init; }

    /// <summary>"1" when the applicant was verified against the population database at the desk, else "0" (§1.4, the 766 indices).</summary>
    public string? TaiKhoanDuocXacThucVoiVNeID { get; init; }

    /// <summary>The national databases the dossier was checked against; null when none.</summary>
    public IReadOnlyList<PortalDatabaseLink>? DSKetNoiCSDL { get; init; }

    /// <summary>The procedure's fees (PortalPaymentFields), when it collects any.</summary>
    public IReadOnlyList<PortalFee>? DanhSachLePhi { get; init; }

    /// <summary>"1" paid online through the national platform, "3" otherwise (TH's values), when the dossier has payment requests.</summary>
    public string? DuocThanhToanTrucTuyen { get; init; }
}

/// <summary>A fee of <c>DanhSachLePhi</c>: <c>HinhThucThu</c> 1 at reception, 4 before the result; <c>LoaiPhiLePhi</c> "1" ordinary.</summary>
public sealed record PortalFee(string TenPhiLePhi, string MaPhiLePhi, string HinhThucThu, string Gia, string LoaiPhiLePhi);

/// <summary>A submitted document: its name, and when a file is attached, the file's id and the national index's flags (PortalFileRecords).</summary>
public sealed record PortalSubmittedFile(string TenTepDinhKem, string IsDeleted)
{
    public string? TepDinhKemId { get; init; }

    public string? DuocSoHoa { get; init; }

    public string? DuocTaiSuDung { get; init; }

    public string? DuocLayTuKhoDMQG { get; init; }
}

/// <summary>A national database the dossier was checked against, by the portal's code (<c>MaCSDL</c>).</summary>
public sealed record PortalDatabaseLink(string MaCSDL);

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
