namespace ThaiBinh.MotCua.Simulators.Population;

/// <summary>
/// The citizens the simulated registry holds, by identity number. The numbers are valid CCCDs (province
/// of birth registration, century and gender, birth year): 034 is Thái Bình, 033 Hưng Yên.
/// <see cref="NotFound"/> is in no registry; <see cref="Slow"/> answers only after the slow delay.
/// </summary>
public static class PopulationCitizens
{
    /// <summary>The tests' usual applicant (WorkflowClient's body): Nguyễn Văn Ấn, born 01/05/1990.</summary>
    public const string NguyenVanAn = "034090001234";

    /// <summary>Trần Thị Ánh Dương, born 02/01/1990 (DossierDesk's applicant).</summary>
    public const string TranThiAnhDuong = "034190001234";

    /// <summary>Phạm Thị Hoa, born 15/08/1985; the registry keeps her current address apart from her permanent one.</summary>
    public const string PhamThiHoa = "034185004567";

    /// <summary>Vũ Minh Khôi, born 20/11/2003.</summary>
    public const string VuMinhKhoi = "034203001111";

    /// <summary>Lê Văn Bình, born 10/03/1992, of Hưng Yên (today's world).</summary>
    public const string LeVanBinh = "033092005678";

    /// <summary>A valid number the registry does not hold.</summary>
    public const string NotFound = "034095000404";

    /// <summary>Held (Đỗ Văn Chậm, born 04/04/1988), but answered only after the slow delay.</summary>
    public const string Slow = "034088000408";

    public static readonly IReadOnlyDictionary<string, CannedCitizen> All = new Dictionary<string, CannedCitizen>
    {
        [NguyenVanAn] = new(NguyenVanAn, "Nguyễn", "Văn", "Ấn", "1", "19900501",
            new("34", "336", "12433", "Tỉnh Thái Bình", "Thành phố Thái Bình", "Phường Lê Hồng Phong", "Số 12 phố Lê Lợi"), null),
        [TranThiAnhDuong] = new(TranThiAnhDuong, "Trần", "Thị Ánh", "Dương", "2", "19900102",
            new("34", "344", "13069", "Tỉnh Thái Bình", "Huyện Tiền Hải", "Thị trấn Tiền Hải", "Khu 3"), null),
        [PhamThiHoa] = new(PhamThiHoa, "Phạm", "Thị", "Hoa", "2", "19850815",
            new("34", "338", "12547", "Tỉnh Thái Bình", "Huyện Quỳnh Phụ", "Xã An Ninh", "Thôn Đông"),
            new("34", "336", "12436", "Tỉnh Thái Bình", "Thành phố Thái Bình", "Phường Bồ Xuyên", "Số 5 ngõ 20 phố Hai Bà Trưng")),
        [VuMinhKhoi] = new(VuMinhKhoi, "Vũ", "Minh", "Khôi", "1", "20031120",
            new("34", "340", "12730", "Tỉnh Thái Bình", "Huyện Đông Hưng", "Xã Đông Hợp", "Thôn Nam"), null),
        [LeVanBinh] = new(LeVanBinh, "Lê", "Văn", "Bình", "1", "19920310",
            new("33", "323", "12166", "Tỉnh Hưng Yên", "Huyện Khoái Châu", "Xã Tân Dân", "Thôn Tân Hưng"), null),
        [Slow] = new(Slow, "Đỗ", "Văn", "Chậm", "1", "19880404",
            new("34", "336", "12433", "Tỉnh Thái Bình", "Thành phố Thái Bình", "Phường Lê Hồng Phong", "Số 8 phố Trần Hưng Đạo"), null),
    };
}

public sealed record CannedCitizen(
    string SoDinhDanh, string Ho, string ChuDem, string Ten, string GioiTinh, string NgayThangNam, CannedAddress ThuongTru, CannedAddress? NoiOHienTai);

public sealed record CannedAddress(
    string MaTinhThanh, string MaQuanHuyen, string MaPhuongXa, string TenTinhThanh, string TenQuanHuyen, string TenPhuongXa, string ChiTiet);
