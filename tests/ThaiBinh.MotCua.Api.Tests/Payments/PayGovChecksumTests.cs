using ThaiBinh.MotCua.Application.Payments;

namespace ThaiBinh.MotCua.Api.Tests.Payments;

/// <summary>
/// MaXacThuc of each message against vectors worked out outside the product (Python's hashlib over the
/// pipe-joined fields written out in full, as integrations.md §3.1 orders them), so a field out of
/// place or a wrong encoding of a Vietnamese letter shows.
/// </summary>
public sealed class PayGovChecksumTests
{
    private const string Secret = "bi-mat";
    private const string Reference = "dvc00031H542506020001";

    [Fact]
    public void Init_signs_its_fourteen_fields_in_order_then_the_secret()
    {
        var message = new PayGovInitMessage
        {
            MaDoiTac = "THAIBINH-MOTCUA",
            MaThamChieu = Reference,
            SoTien = "75000",
            ThongTinGiaoDich = "THANH TOAN HO SO 000.00.31.H54-250602-0001",
            ThoiGianGD = "20250602140000",
            Ip = "127.0.0.1",
            UrlCallback = "http://ignored.example/not-signed",
            ThongTinBienLai = new PayGovReceipt
            {
                MaDVC = "1.009994.01", TenDVC = "x", MaTTHC = "1.009994", TenTTHC = "x", MaDonVi = "000.00.31.H54", TenDonVi = "x",
                MaHoSo = "000.00.31.H54-250602-0001", NoiDungThanhToan = "x", HoTenNguoiNop = "x", PhiLePhi = [], DSKhoanNop = [],
            },
        };

        // "INIT|1.0.6|THAIBINH-MOTCUA|dvc00031H542506020001|75000|PAY|1|1|vi-VN|VND|PAYMENT|THANH TOAN HO SO 000.00.31.H54-250602-0001|20250602140000|127.0.0.1|bi-mat"
        Assert.Equal("727d83530a057c3a21801fc65f49befd3afc5c7af3115e51e26f1166f658eb6a", PayGovChecksum.Init(message, Secret));
    }

    [Fact]
    public void A_callback_signs_its_ten_fields_in_order_with_the_transaction_text_in_utf8()
    {
        var callback = Callback("ignored");

        // "PAY|00|THAIBINH-MOTCUA|dvc00031H542506020001|75000|VND|PG00000001|PAYMENT|20250602141500|Lệ phí cấp phép|bi-mat"
        Assert.Equal("d109e94755f9b39da0884065456498621131058bec708326a4eb3825cf943cab", PayGovChecksum.Callback(callback, Secret));
    }

    [Fact]
    public void Query_signs_five_fields_then_the_secret()
    {
        var query = new PayGovQueryMessage { MaDoiTac = "THAIBINH-MOTCUA", MaThamChieu = Reference, ThoiGianGD = "20250602150000" };

        // "QUERY|1.0.6|THAIBINH-MOTCUA|dvc00031H542506020001|20250602150000|bi-mat"
        Assert.Equal("2e26d5b74a24dade0012356a3df6a6a7960d5698e89c5ba52846201135a1086d", PayGovChecksum.Query(query, Secret));
    }

    [Theory]
    [InlineData("d109e94755f9b39da0884065456498621131058bec708326a4eb3825cf943cab", true)]
    [InlineData("D109E94755F9B39DA0884065456498621131058BEC708326A4EB3825CF943CAB", true)]
    [InlineData("d109e94755f9b39da0884065456498621131058bec708326a4eb3825cf943cac", false)]
    [InlineData("d109e94755f9b39da0884065456498621131058bec708326a4eb3825cf943ca", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_given_checksum_matches_only_the_expected_one_in_any_letter_case(string? given, bool matches) =>
        Assert.Equal(matches, PayGovChecksum.Matches(PayGovChecksum.Callback(Callback(given), Secret), given));

    private static PayGovCallbackMessage Callback(string? checksum) =>
        new("PAY", "00", "THAIBINH-MOTCUA", Reference, "75000", "VND", "PG00000001", "PAYMENT", "20250602141500", "Lệ phí cấp phép", checksum);
}
