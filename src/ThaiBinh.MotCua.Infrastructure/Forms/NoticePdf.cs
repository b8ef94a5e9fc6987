using PdfSharp;
using ThaiBinh.MotCua.Application.Forms;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>What Mẫu 02, 03 and 04 (A5) share: the header, the title with the code, the applicant block.</summary>
internal static class NoticePdf
{
    public const double Size = 10.5;

    /// <summary>A notice on A5: the header block, the title with the dossier code, then the form's own body.</summary>
    public static byte[] Render(NoticeForm form, string title, Action<PdfCanvas> body)
    {
        using var canvas = new PdfCanvas($"{title} {form.Code}", PageSize.A5);
        canvas.MottoHeader(form.Issuer, form.IssuedAt, 8.5);
        canvas.Title(title, $"Mã hồ sơ: {form.Code}", 12);
        body(canvas);
        return canvas.ToPdf();
    }

    /// <summary>Who the notice is for and what they asked.</summary>
    public static void Applicant(PdfCanvas canvas, NoticeForm form, string label)
    {
        var text = PdfCanvas.Font(Size);
        var bold = PdfCanvas.Font(Size, bold: true);
        canvas.LabelValue(label, form.ApplicantName, text, bold);
        canvas.LabelValue("Nội dung yêu cầu giải quyết:", form.Procedure, text, bold);
        canvas.LabelValue("Địa chỉ:", form.Address ?? "", text, bold);
        canvas.LabelValue("Số điện thoại:", form.Phone ?? "", text, bold);
        canvas.LabelValue("Thư điện tử:", form.Email ?? "", text, bold);
        canvas.Space(3);
    }
}
