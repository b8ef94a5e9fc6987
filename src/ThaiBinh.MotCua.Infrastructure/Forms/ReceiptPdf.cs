using System.Globalization;
using PdfSharp;
using ThaiBinh.MotCua.Application.Forms;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>Mẫu 01 (A5): Giấy tiếp nhận hồ sơ và hẹn trả kết quả, with the lookup QR code; the same number in both circulars.</summary>
internal static class ReceiptPdf
{
    private const double Size = 10;
    private const double QrSize = 64;

    public static byte[] Render(ReceiptForm form)
    {
        using var canvas = new PdfCanvas($"{form.Heading.Title} {form.Code}", PageSize.A5);
        var text = PdfCanvas.Font(Size);
        var bold = PdfCanvas.Font(Size, bold: true);

        canvas.MottoHeader(form.Heading, form.Issuer, form.ReceivedAt, 8.5);
        canvas.Title(form.Heading.Title, null, 12);

        var top = canvas.Y;
        canvas.Qr(form.LookupUrl, canvas.Right - QrSize, top - 4, QrSize);
        var textWidth = canvas.Width - QrSize - 6;
        canvas.Paragraph("Mã hồ sơ:", text, left: canvas.Left, width: textWidth);
        canvas.Paragraph(form.Code, PdfCanvas.Font(15, bold: true), left: canvas.Left, width: textWidth);
        canvas.Paragraph("Tra cứu tình trạng hồ sơ: quét mã QR hoặc vào " + form.LookupUrl, PdfCanvas.Font(7.5, italic: true), left: canvas.Left, width: textWidth);
        canvas.Y = Math.Max(canvas.Y, top + QrSize - 2);
        canvas.Space(4);

        canvas.Paragraph($"{form.Issuer.Office} tiếp nhận hồ sơ của:", text);
        canvas.LabelValue("Ông/Bà/Tổ chức:", form.ApplicantName, text, bold);
        canvas.LabelValue("Số định danh cá nhân/Mã số thuế:", form.CitizenIdOrTaxCode ?? "", text, bold);
        canvas.LabelValue("Địa chỉ:", form.Address ?? "", text, bold);
        canvas.LabelValues("Số điện thoại:", form.Phone ?? "", "Thư điện tử:", form.Email ?? "", text, bold);
        canvas.LabelValue("Nhận thông báo qua:", form.Notice, text, bold);
        canvas.LabelValue("Nội dung yêu cầu giải quyết:", form.Procedure, text, bold);
        canvas.Space(2);
        canvas.Paragraph("1. Thành phần hồ sơ nộp gồm:", bold);
        new PdfTable(
            canvas,
            [new("TT", 0.6, Align.Center), new("Tên giấy tờ", 6.4), new("Bản chính/ Bản sao", 1.6, Align.Center), new("Số lượng", 1.1, Align.Center)],
            PdfCanvas.Font(9),
            PdfCanvas.Font(9, bold: true))
            .Draw(form.Documents.Select((d, i) => (IReadOnlyList<string>)
                [(i + 1).ToString(CultureInfo.InvariantCulture), d.Name, d.Original ? "Bản chính" : "Bản sao", d.Copies.ToString("00", CultureInfo.InvariantCulture)]));
        canvas.Space(2);
        canvas.LabelValue("2. Số lượng hồ sơ:", form.Sets.ToString("00", CultureInfo.InvariantCulture) + " (bộ)", text, bold);
        canvas.LabelValue("3. Thời gian giải quyết hồ sơ theo quy định là:", form.Limit, text, bold);
        canvas.LabelValue("4. Thời gian nhận hồ sơ:", VietnameseDates.Long(form.ReceivedAt), text, bold);
        canvas.LabelValue("5. Thời gian trả kết quả giải quyết hồ sơ:", VietnameseDates.Long(form.DueAt), text, bold);
        canvas.LabelValue("6. Đăng ký nhận kết quả tại:", form.Delivery, text, bold);
        canvas.LabelValue("7. Phí, lệ phí:", form.Fee, text, bold);
        canvas.Paragraph(
            string.Create(CultureInfo.InvariantCulture, $"Vào Sổ theo dõi hồ sơ, Quyển số: {form.LedgerBook}, Số thứ tự: {form.LedgerNumber}"),
            PdfCanvas.Font(Size, italic: true));
        canvas.Space(6);
        canvas.Signatures("NGƯỜI NỘP HỒ SƠ", form.ApplicantName, "NGƯỜI TIẾP NHẬN HỒ SƠ", form.ReceivedBy, Size);
        return canvas.ToPdf();
    }
}
