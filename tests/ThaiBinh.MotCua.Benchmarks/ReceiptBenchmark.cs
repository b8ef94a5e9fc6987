using BenchmarkDotNet.Attributes;
using ThaiBinh.MotCua.Application.Common.Regimes;
using ThaiBinh.MotCua.Application.Forms;
using ThaiBinh.MotCua.Infrastructure.Forms;

namespace ThaiBinh.MotCua.Benchmarks;

/// <summary>
/// How fast one core draws the receipt (Mẫu 01) a desk prints for every dossier, and how big it is;
/// the other methods break the cost down (an empty page, one line in each font, the QR code).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ReceiptBenchmark
{
    private static readonly ReceiptForm Form = new(
        new FormHeading("Mẫu 01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Thông tư 01/2018/TT-VPCP"),
        new FormIssuer(["Ủy ban nhân dân tỉnh Thái Bình"], "Trung tâm Phục vụ hành chính công tỉnh Thái Bình", "Thái Bình"),
        "000.00.01.H54-260213-0042",
        "Nguyễn Thị Ấu Lữ",
        "034190001234",
        "Số 12 ẤU ấu, thôn ẾCH ếch, xóm ỘC ộc, ngõ ỮA ữa, xã Vũ Phúc, thành phố Thái Bình",
        "0912345678",
        "an.nguyen@example.vn",
        "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
        [
            new("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu", true, 1),
            new("Bản chụp Chứng minh nhân dân, Thẻ Căn cước công dân hoặc Hộ chiếu của người được cấp Phiếu lý lịch tư pháp", false, 1),
            new("Bản chụp giấy tờ chứng minh nơi thường trú hoặc nơi tạm trú", false, 1),
        ],
        1,
        "10 ngày làm việc",
        "200.000 đồng",
        new DateTimeOffset(2026, 2, 13, 10, 0, 0, TimeSpan.FromHours(7)),
        new DateTimeOffset(2026, 2, 27, 10, 0, 0, TimeSpan.FromHours(7)),
        "Trung tâm Phục vụ hành chính công tỉnh Thái Bình",
        2026,
        42,
        "https://dichvucong.thaibinh.gov.vn/tra-cuu/000.00.01.H54-260213-0042",
        "Nguyễn Thị Hoa",
        "tin nhắn SMS tới 0912 345 678");

    private readonly FormPdfRenderer _renderer = new(TimeProvider.System);

    /// <summary>The size of one receipt, printed once before the run so the report can quote it.</summary>
    [GlobalSetup]
    public void ReportSize() =>
        Console.WriteLine($"// receipt size: {_renderer.Receipt(Form).Length} bytes");

    [Benchmark]
    public byte[] Receipt() => _renderer.Receipt(Form);

    [Benchmark]
    public int QrMatrixOnly() => PdfCanvas.QrModules("https://dichvucong.thaibinh.gov.vn/tra-cuu/000.00.01.H54-260213-0042").Count;

    [Benchmark]
    public byte[] EmptyA5()
    {
        using var canvas = new PdfCanvas("x", PdfSharp.PageSize.A5);
        return canvas.ToPdf();
    }

    [Benchmark]
    public byte[] OneLineEachFont()
    {
        using var canvas = new PdfCanvas("x", PdfSharp.PageSize.A5);
        canvas.Paragraph("Nguyễn Thị Ấu Lữ", PdfCanvas.Font(10));
        canvas.Paragraph("Nguyễn Thị Ấu Lữ", PdfCanvas.Font(10, bold: true));
        canvas.Paragraph("Nguyễn Thị Ấu Lữ", PdfCanvas.Font(10, italic: true));
        return canvas.ToPdf();
    }

    [Benchmark]
    public byte[] QrOnly()
    {
        using var canvas = new PdfCanvas("x", PdfSharp.PageSize.A5);
        canvas.Qr("https://dichvucong.thaibinh.gov.vn/tra-cuu/000.00.01.H54-260213-0042", 10, 10, 64);
        return canvas.ToPdf();
    }
}
