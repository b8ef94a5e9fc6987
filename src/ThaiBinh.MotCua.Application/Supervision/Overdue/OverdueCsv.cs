using System.Globalization;
using System.Text;
using Mediator;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Application.Supervision.Overdue;

/// <summary>
/// The overdue list as a CSV file, the same for the API's <c>Accept: text/csv</c> and the supervisor's
/// download button: every matching row, page after page, written as it is read; UTF-8 with a byte
/// order mark so spreadsheet programs read Vietnamese correctly.
/// </summary>
public static class OverdueCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private const int PageSize = 500;

    private const string Header =
        "Mã hồ sơ,Thủ tục,Nơi tiếp nhận,Đang ở,Người xử lý,Hạn giải quyết,Tình trạng,Quá hạn (ngày làm việc),Quá hạn (giờ),Đơn vị gây chậm";

    /// <summary>
    /// The first page, read before the response starts so that a refused scope is still answered as
    /// a refusal, not as a broken download.
    /// </summary>
    public static async Task<(ListOverdueQuery Request, OverduePageDto First)> FirstPageAsync(
        ISender sender, ListOverdueQuery query, CancellationToken cancellationToken)
    {
        var request = query with { After = null, Limit = PageSize };
        return (request, await sender.Send(request, cancellationToken));
    }

    public static string FileName(OverduePageDto first) => $"ho-so-qua-han-{first.Unit.Code}.csv";

    public static async Task WriteAsync(
        Stream body, ISender sender, ListOverdueQuery request, OverduePageDto first, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await writer.WriteAsync('\uFEFF');
        await writer.WriteLineAsync(Header);
        for (var page = first; ; page = await sender.Send(request with { After = page.Next }, cancellationToken))
        {
            foreach (var item in page.Items)
            {
                await writer.WriteLineAsync(Line(item));
            }

            if (page.Next is null)
            {
                break;
            }
        }
    }

    private static string Line(OverdueDossierDto item) => string.Join(',', new[]
    {
        item.Code, item.Procedure.Name, item.ReceivingOffice.Name, item.CurrentOffice.Name, item.Holder?.FullName ?? "",
        item.DueAt is { } due ? VietnamTime.ToLocal(due).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "",
        item.DueState,
        item.Late is { Late: true } late ? late.WorkingDays.ToString(CultureInfo.InvariantCulture) : "0",
        item.Late is { Late: true } lateHours ? lateHours.WorkingHours.ToString(CultureInfo.InvariantCulture) : "0",
        item.ResponsibleOffice.Name,
    }.Select(Quote));

    /// <summary>RFC 4180: quotes around every field, inner quotes doubled.</summary>
    private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
