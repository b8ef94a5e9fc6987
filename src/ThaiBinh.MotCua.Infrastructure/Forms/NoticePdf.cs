using PdfSharp;
using ThaiBinh.MotCua.Application.Forms;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>Mẫu 02, 03 and 04 (A5): the notices an applicant is handed about their dossier.</summary>
internal static class NoticePdf
{
    private const double Size = 10.5;

    /// <summary>Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.</summary>
    public static byte[] SupplementRequest(NoticeForm form) => Render(form, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", canvas =>
    {
        Applicant(canvas, form, "Hồ sơ của:");
        canvas.Paragraph("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:", PdfCanvas.Font(Size, bold: true));
        var items = form.Reasons.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < items.Length; i++)
        {
            canvas.Paragraph($"{i + 1}. {items[i]}", PdfCanvas.Font(Size), indent: 10);
        }

        canvas.Space(3);
        canvas.Paragraph(
            "Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ " + (form.Contact ?? form.Issuer.Office) + " để được hướng dẫn.",
            PdfCanvas.Font(Size, italic: true));
        canvas.Space(8);
        canvas.Signatures("NGƯỜI NỘP HỒ SƠ", form.ApplicantName, "NGƯỜI HƯỚNG DẪN", form.SignedBy, Size);
    });

    /// <summary>Mẫu 03: Phiếu từ chối tiếp nhận, giải quyết hồ sơ.</summary>
    public static byte[] Refusal(NoticeForm form) => Render(form, "Phiếu từ chối tiếp nhận giải quyết hồ sơ", canvas =>
    {
        canvas.Paragraph($"{form.Issuer.Office} tiếp nhận hồ sơ của:", PdfCanvas.Font(Size));
        Applicant(canvas, form, "Ông/Bà/Tổ chức:");
        canvas.Paragraph(
            $"Qua xem xét, {form.Issuer.Office} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau: {form.Reasons}",
            PdfCanvas.Font(Size));
        canvas.Paragraph("Xin thông báo cho Ông/Bà được biết và thực hiện.", PdfCanvas.Font(Size));
        canvas.Space(8);
        canvas.Signatures("NGƯỜI NỘP HỒ SƠ", form.ApplicantName, "NGƯỜI TIẾP NHẬN HỒ SƠ", form.SignedBy, Size);
    });

    /// <summary>Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả.</summary>
    public static byte[] Apology(NoticeForm form) => Render(form, "Phiếu xin lỗi và hẹn lại ngày trả kết quả", canvas =>
    {
        var text = PdfCanvas.Font(Size);
        canvas.LabelValue("Kính gửi:", form.ApplicantName, text, PdfCanvas.Font(Size, bold: true));
        canvas.LabelValue("Địa chỉ:", form.Address ?? "", text, PdfCanvas.Font(Size, bold: true));
        canvas.LabelValue("Số điện thoại:", form.Phone ?? "", text, PdfCanvas.Font(Size, bold: true));
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
        canvas.Signatures("", null, "THỦ TRƯỞNG CƠ QUAN", form.SignedBy, Size, note: "(Ký, ghi rõ họ tên, đóng dấu)");
    });

    private static byte[] Render(NoticeForm form, string title, Action<PdfCanvas> body)
    {
        using var canvas = new PdfCanvas($"{title} {form.Code}", PageSize.A5);
        canvas.MottoHeader(form.Issuer, form.IssuedAt, 8.5);
        canvas.Title(title, $"Mã hồ sơ: {form.Code}", 12);
        body(canvas);
        return canvas.ToPdf();
    }

    private static void Applicant(PdfCanvas canvas, NoticeForm form, string label)
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
