using PdfSharp;
using ThaiBinh.MotCua.Application.Forms;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>Phiếu kiểm soát quá trình giải quyết hồ sơ (A4; Mẫu 05 of TT 01/2018, 06 of TT 03/2025), one row per hand-off.</summary>
internal static class ControlSheetPdf
{
    private const double Size = 11;

    public static byte[] Render(ControlSheetForm form)
    {
        using var canvas = new PdfCanvas($"{form.Heading.Title} {form.Code}", PageSize.A4);
        var text = PdfCanvas.Font(Size);
        var bold = PdfCanvas.Font(Size, bold: true);
        canvas.MottoHeader(form.Heading, form.Issuer, form.ReceivedAt, 10.5);
        canvas.Title(form.Heading.Title, $"Mã hồ sơ: {form.Code}", 13);
        canvas.LabelValue("(Kèm theo hồ sơ của:", form.ApplicantName + ")", text, bold);
        canvas.LabelValue("Nội dung yêu cầu giải quyết:", form.Procedure, text, bold);
        canvas.LabelValue("Ngày nhận:", VietnameseDates.Long(form.ReceivedAt), text, bold);
        canvas.LabelValue("Ngày, giờ hẹn trả kết quả:", form.DueAt is { } due ? VietnameseDates.Long(due) : "", text, bold);
        canvas.LabelValue("Cơ quan (bộ phận) giải quyết hồ sơ:", form.LeadOffice, text, bold);
        canvas.LabelValue("Cơ quan phối hợp giải quyết hồ sơ:", string.Join("; ", form.CoOffices), text, bold);
        canvas.Space(6);

        new PdfTable(
            canvas,
            [
                new("TÊN CƠ QUAN", 3.4),
                new("THỜI GIAN GIAO, NHẬN HỒ SƠ", 2.6, Align.Center),
                new("HẠN XỬ LÝ", 1.5, Align.Center),
                new("KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/ đúng hạn/ quá hạn)", 1.6, Align.Center),
                new("GHI CHÚ", 1.6),
            ],
            PdfCanvas.Font(9.5),
            PdfCanvas.Font(9.5, bold: true))
            .Draw(form.Rows.Select(row => (IReadOnlyList<string>)
            [
                $"1. Giao: {Person(row.FromOffice, row.FromOfficer)}\n2. Nhận: {Person(row.ToOffice, row.ToOfficer)}",
                VietnameseDates.Long(row.HandedAt) + "\n\nNgười giao        Người nhận\n\n",
                VietnameseDates.Short(row.DueAt),
                row.Result,
                row.Note ?? "",
            ]));
        return canvas.ToPdf();
    }

    private static string Person(string office, string? officer) => officer is null ? office : $"{office} ({officer})";
}
