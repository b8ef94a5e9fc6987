using ThaiBinh.MotCua.Application.Forms;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>
/// Mẫu 04 (A5): Phiếu xin lỗi và hẹn lại ngày trả kết quả (TT 01/2018), Văn bản xin lỗi và đề nghị gia
/// hạn thời gian giải quyết (TT 03/2025, fields of 2018 kept: docs/forms/README.md). Issued by the
/// office processing the dossier, signed by whoever asked for the extension there.
/// </summary>
internal static class ApologyPdf
{
    public static byte[] Render(NoticeForm form) => NoticePdf.Render(form, canvas =>
    {
        var text = PdfCanvas.Font(NoticePdf.Size);
        NoticePdf.Addressee(canvas, form);
        canvas.Paragraph(
            NoticePdf.Received(form) + $" Thời gian hẹn trả kết quả giải quyết hồ sơ: {VietnameseDates.Long(form.OriginalDueAt!.Value)}.",
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
