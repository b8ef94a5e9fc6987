using ThaiBinh.MotCua.Application.Forms;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>Mẫu 02 (A5): Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.</summary>
internal static class SupplementRequestPdf
{
    public static byte[] Render(NoticeForm form) => NoticePdf.Render(form, canvas =>
    {
        NoticePdf.Applicant(canvas, form, "Hồ sơ của:");
        canvas.Paragraph("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:", PdfCanvas.Font(NoticePdf.Size, bold: true));
        var items = form.Reasons.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < items.Length; i++)
        {
            canvas.Paragraph($"{i + 1}. {items[i]}", PdfCanvas.Font(NoticePdf.Size), indent: 10);
        }

        if (form.Grounds is { } grounds)
        {
            canvas.LabelValue("Lý do:", grounds, PdfCanvas.Font(NoticePdf.Size), PdfCanvas.Font(NoticePdf.Size, bold: true));
        }

        canvas.Space(3);
        canvas.Paragraph(
            "Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ " + (form.Contact ?? form.Issuer.Office) + " để được hướng dẫn.",
            PdfCanvas.Font(NoticePdf.Size, italic: true));
        canvas.Space(8);
        canvas.Signatures("NGƯỜI NỘP HỒ SƠ", form.ApplicantName, "NGƯỜI HƯỚNG DẪN", form.SignedBy, NoticePdf.Size);
    });
}
