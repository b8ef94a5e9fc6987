using PdfSharp;
using ThaiBinh.MotCua.Application.Forms;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>What the notices (A5) share: the header, the title the period gives them with the code, the applicant block.</summary>
internal static class NoticePdf
{
    public const double Size = 10.5;

    /// <summary>A notice on A5: the header block, the title with the dossier code, then the form's own body.</summary>
    public static byte[] Render(NoticeForm form, Action<PdfCanvas> body)
    {
        using var canvas = new PdfCanvas($"{form.Heading.Title} {form.Code}", PageSize.A5);
        canvas.MottoHeader(form.Heading, form.Issuer, form.IssuedAt, 8.5);
        canvas.Title(form.Heading.Title, $"Mã hồ sơ: {form.Code}", 12);
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

    /// <summary>The letters' addressee (apology, stop notice): "Kính gửi", address and phone.</summary>
    public static void Addressee(PdfCanvas canvas, NoticeForm form)
    {
        var text = PdfCanvas.Font(Size);
        var bold = PdfCanvas.Font(Size, bold: true);
        canvas.LabelValue("Kính gửi:", form.ApplicantName, text, bold);
        canvas.LabelValue("Địa chỉ:", form.Address ?? "", text, bold);
        canvas.LabelValue("Số điện thoại:", form.Phone ?? "", text, bold);
        canvas.Space(3);
    }

    /// <summary>"Ngày 02 tháng 06 năm 2025, hồ sơ của Ông/Bà về …, mã hồ sơ …, đã được tiếp nhận để giải quyết."</summary>
    public static string Received(NoticeForm form)
    {
        var received = VietnameseDates.Day(DateOnly.FromDateTime(VietnamTime.ToLocal(form.ReceivedAt).DateTime));
        return $"{char.ToUpperInvariant(received[0])}{received[1..]}, hồ sơ của Ông/Bà về {form.Procedure}, mã hồ sơ {form.Code}, đã được tiếp nhận để giải quyết.";
    }
}
