using System.Globalization;
using System.Text;
using Mediator;
using ThaiBinh.MotCua.Application.Supervision.Overdue;
using ThaiBinh.MotCua.Application.Supervision.Summary;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>Supervisors' views: overdue lists (JSON or CSV) and unit dashboards.</summary>
internal static class SupervisionEndpoints
{
    private const int CsvPageSize = 500;

    public static void MapSupervisionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/supervision").WithTags("Giám sát").RequireAuthorization();

        group.MapGet("/overdue", Overdue)
            .WithSummary("Hồ sơ quá hạn (dueSoon=true: cả sắp đến hạn) trong đơn vị và các đơn vị trực thuộc; Accept: text/csv để xuất CSV.")
            .Produces<OverduePageDto>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/units/{unitCode}/summary", Summary)
            .WithSummary("Số liệu mới nhất của đơn vị, từng đơn vị trực thuộc và xu hướng 30 ngày.")
            .Produces<UnitSummaryDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Overdue(HttpContext http, [AsParameters] ListOverdueQuery query, ISender sender, CancellationToken cancellationToken)
    {
        if (!WantsCsv(http.Request))
        {
            return TypedResults.Ok(await sender.Send(query, cancellationToken));
        }

        // Every matching row, page after page, written as it is read; UTF-8 with a byte order mark so
        // spreadsheet programs read Vietnamese correctly. The first page is read before the response
        // starts, so a refused scope is still a problem-details answer.
        var request = query with { After = null, Limit = CsvPageSize };
        var first = await sender.Send(request, cancellationToken);
        return TypedResults.Stream(
            async body =>
            {
                await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                await writer.WriteAsync('\uFEFF');
                await writer.WriteLineAsync("Mã hồ sơ,Thủ tục,Nơi tiếp nhận,Đang ở,Người xử lý,Hạn giải quyết,Tình trạng,Quá hạn (ngày làm việc),Quá hạn (giờ),Đơn vị gây chậm");
                for (var page = first; ; page = await sender.Send(request with { After = page.Next }, cancellationToken))
                {
                    foreach (var item in page.Items)
                    {
                        await writer.WriteLineAsync(CsvLine(item));
                    }

                    if (page.Next is null)
                    {
                        break;
                    }
                }
            },
            "text/csv; charset=utf-8",
            $"ho-so-qua-han-{first.Unit.Code}.csv");
    }

    private static string CsvLine(OverdueDossierDto item) => string.Join(',', new[]
    {
        item.Code, item.Procedure.Name, item.ReceivingOffice.Name, item.CurrentOffice.Name, item.Holder?.FullName ?? "",
        item.DueAt?.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) ?? "",
        item.DueState,
        item.Late is { Late: true } late ? late.WorkingDays.ToString(CultureInfo.InvariantCulture) : "0",
        item.Late is { Late: true } lateHours ? lateHours.WorkingHours.ToString(CultureInfo.InvariantCulture) : "0",
        item.ResponsibleOffice.Name,
    }.Select(Quote));

    private static async Task<IResult> Summary(string unitCode, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetUnitSummaryQuery(unitCode), cancellationToken));

    private static bool WantsCsv(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));

    /// <summary>RFC 4180: quotes around every field, inner quotes doubled.</summary>
    private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
