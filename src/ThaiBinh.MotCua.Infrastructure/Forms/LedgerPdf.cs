using System.Globalization;
using PdfSharp;
using ThaiBinh.MotCua.Application.Forms;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>Sổ theo dõi hồ sơ (A4 landscape; Mẫu 06 of TT 01/2018, 07 of TT 03/2025) of one office for a period, over as many pages as it takes.</summary>
internal static class LedgerPdf
{
    public static byte[] Render(LedgerForm form, DateTimeOffset printedAt)
    {
        using var canvas = new PdfCanvas($"{form.Heading.Title} {form.Issuer.Office}", PageSize.A4, PageOrientation.Landscape);
        canvas.MottoHeader(form.Heading, form.Issuer, printedAt, 10);
        canvas.Title(
            form.Heading.Title,
            $"Từ {VietnameseDates.Day(form.From)} đến {VietnameseDates.Day(form.To)} ({form.Rows.Count.ToString(CultureInfo.InvariantCulture)} hồ sơ)",
            13);

        new PdfTable(
            canvas,
            [
                new("TT", 0.5, Align.Center),
                new("Mã hồ sơ", 2.6),
                new("Tên thủ tục hành chính", 2.4),
                new("Số lượng hồ sơ (bộ)", 0.7, Align.Center),
                new("Tên cá nhân, tổ chức", 1.6),
                new("Địa chỉ, số điện thoại", 1.8),
                new("Cơ quan chủ trì giải quyết", 1.6),
                new("Nhận hồ sơ", 1.0, Align.Center),
                new("Hẹn trả kết quả", 1.0, Align.Center),
                new("Chuyển hồ sơ đến cơ quan giải quyết", 1.0, Align.Center),
                new("Nhận kết quả từ cơ quan giải quyết", 1.0, Align.Center),
                new("Trả kết quả cho cá nhân, tổ chức", 1.0, Align.Center),
                new("Ký nhận", 0.8),
                new("Ghi chú", 1.0),
            ],
            PdfCanvas.Font(7.5),
            PdfCanvas.Font(7.5, bold: true))
            .Draw(form.Rows.Select(row => (IReadOnlyList<string>)
            [
                row.Number?.ToString(CultureInfo.InvariantCulture) ?? "",
                row.Code,
                row.Procedure,
                row.Sets.ToString("00", CultureInfo.InvariantCulture),
                row.Applicant,
                row.Contact,
                row.LeadOffice,
                When(row.ReceivedAt),
                When(row.DueAt),
                When(row.TransferredAt),
                When(row.ResultReadyAt),
                When(row.ReturnedAt),
                "",
                row.Note ?? "",
            ]));
        return canvas.ToPdf();
    }

    private static string When(DateTimeOffset? instant) => instant is { } at ? VietnameseDates.Short(at) : "";
}
