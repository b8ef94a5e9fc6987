using ThaiBinh.MotCua.Application.Forms;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>
/// Mẫu 05 of TT 03/2025 (A5): Thông báo dừng giải quyết hồ sơ, from the stop move. The circular's
/// fields were not read: the 2018 letters' fields (addressee, reference, reasons, head's signature)
/// are used, listed as unconfirmed in docs/forms/README.md.
/// </summary>
internal static class StopNoticePdf
{
    public static byte[] Render(NoticeForm form) => NoticePdf.Render(form, canvas =>
    {
        var text = PdfCanvas.Font(NoticePdf.Size);
        NoticePdf.Addressee(canvas, form);
        canvas.Paragraph(NoticePdf.Received(form), text);
        canvas.Space(2);
        canvas.Paragraph($"{form.Issuer.Office} thông báo dừng giải quyết hồ sơ này. Lý do: {form.Reasons}", text);
        canvas.Space(2);
        canvas.Paragraph("Xin thông báo để Ông/Bà được biết.", text);
        canvas.Space(8);
        canvas.Signatures("", null, "THỦ TRƯỞNG CƠ QUAN", form.SignedBy, NoticePdf.Size, note: "(Ký, ghi rõ họ tên, đóng dấu)");
    });
}
