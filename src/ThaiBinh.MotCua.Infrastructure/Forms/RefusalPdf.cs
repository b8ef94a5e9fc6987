using ThaiBinh.MotCua.Application.Forms;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>Mẫu 03 (A5): Phiếu từ chối tiếp nhận giải quyết hồ sơ, in both circulars.</summary>
internal static class RefusalPdf
{
    public static byte[] Render(NoticeForm form) => NoticePdf.Render(form, canvas =>
    {
        canvas.Paragraph($"{form.Issuer.Office} tiếp nhận hồ sơ của:", PdfCanvas.Font(NoticePdf.Size));
        NoticePdf.Applicant(canvas, form, "Ông/Bà/Tổ chức:");
        canvas.Paragraph(
            $"Qua xem xét, {form.Issuer.Office} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau: {form.Reasons}",
            PdfCanvas.Font(NoticePdf.Size));
        canvas.Paragraph("Xin thông báo cho Ông/Bà được biết và thực hiện.", PdfCanvas.Font(NoticePdf.Size));
        canvas.Space(8);
        canvas.Signatures("NGƯỜI NỘP HỒ SƠ", form.ApplicantName, "NGƯỜI TIẾP NHẬN HỒ SƠ", form.SignedBy, NoticePdf.Size);
    });
}
