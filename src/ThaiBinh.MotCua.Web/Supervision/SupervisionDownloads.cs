using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.MotCua.Application.Supervision.Overdue;

namespace ThaiBinh.MotCua.Web.Supervision;

/// <summary>
/// The supervisor's CSV download, authenticated by the pages' cookie: the same query and the same
/// writer as the API's <c>GET /api/supervision/overdue</c> with <c>Accept: text/csv</c>.
/// </summary>
public static class SupervisionDownloads
{
    public const string OverdueCsvPath = "/giam-sat/qua-han.csv";

    public static IEndpointRouteBuilder MapSupervisionDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(OverdueCsvPath, OverdueAsync).RequireAuthorization().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> OverdueAsync(HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var query = OverdueFilters.From(http.Request.Query).ToQuery(after: null);
        var (request, first) = await OverdueCsv.FirstPageAsync(sender, query, cancellationToken);
        return TypedResults.Stream(
            body => OverdueCsv.WriteAsync(body, sender, request, first, cancellationToken), OverdueCsv.ContentType, OverdueCsv.FileName(first));
    }
}
