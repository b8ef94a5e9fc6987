using ThaiBinh.MotCua.Application.Forms;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>Mẫu 04 (A5): Phiếu xin lỗi và hẹn lại ngày trả kết quả.</summary>
internal static class ApologyPdf
{
    public static byte[] Render(NoticeForm form) => NoticePdf.Render(form, "Phiếu xin lỗi và hẹn lại ngày trả kết quả", canvas =>
    {
        var text = PdfCanvas.Font(NoticePdf.Size);
        canvas.LabelValue("Kính gửi:", form.ApplicantName, text, PdfCanvas.Font(NoticePdf.Size, bold: true));
        canvas.LabelValue("Địa chỉ:", form.Address ?? "", text, PdfCanvas.Font(NoticePdf.Size, bold: true));
        canvas.LabelValue("Số điện thoại:", form.Phone ?? "", text, PdfCanvas.Font(NoticePdf.Size, bold: true));
        canvas.Space(3);
        var received = VietnameseDates.Day(DateOnly.FromDateTime(VietnamTime.ToLocal(form.ReceivedAt).DateTime));
        canvas.Paragraph(
            $"{char.ToUpperInvariant(received[0])}{received[1..]}, "
            + $"{form.Issuer.Office} tiếp nhận giải quyết hồ sơ của Ông/Bà về {form.Procedure}, mã hồ sơ {form.Code}. "
            + $"Thời gian hẹn trả kết quả giải quyết hồ sơ: {VietnameseDates.Long(form.OriginalDueAt!.Value)}.",
            text);
        canvas.Space(2);
        canvas.Paragraph($"Tuy nhiên đến nay, chưa trả kết quả giải quyết hồ sơ của Ông/Bà đúng hẹn. Lý do: {form.Reasons}", text);
        canvas.Space(2);
        canvas.Paragraph(
            "Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại của Ông/Bà. Chúng tôi xin lỗi Ông/Bà và hẹn lại thời gian trả kết quả vào: "
            + VietnameseDates.Long(form.NewDueAt!.Value) + ".",
            text);
        canvas.Space(2);
        canvas.Paragraph("Chúng tôi rất mong nhận được sự thông cảm của Ông/Bà.", text);
        canvas.Space(8);
        canvas.Signatures("", null, "THỦ TRƯỞNG CƠ QUAN", form.SignedBy, NoticePdf.Size, note: "(Ký, ghi rõ họ tên, đóng dấu)");
    });
}
