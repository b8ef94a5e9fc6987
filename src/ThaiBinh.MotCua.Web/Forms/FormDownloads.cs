using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Forms;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Web.Forms;

/// <summary>
/// The printed forms for the pages, behind the officer's cookie: the same queries as the API's
/// <c>/api/dossiers/{code}/forms/{form}.pdf</c> and <c>/api/offices/{officeCode}/ledger.pdf</c>,
/// shown inline so the browser opens them ready to print. A refusal answers the API's status with
/// the use case's own words as plain text (a browser tab shows it; problem JSON would not help).
/// </summary>
public static class FormDownloads
{
    /// <summary>The address of a dossier's form; <paramref name="form"/> is one of <see cref="GetDossierFormQueryHandler.Forms"/>.</summary>
    public static string DossierFormPath(string code, string form) =>
        $"/bieu-mau/{Uri.EscapeDataString(code)}/{Uri.EscapeDataString(form)}.pdf";

    /// <summary>The address of an office's ledger (Mẫu 06) for the days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static string LedgerPath(string officeCode, DateOnly from, DateOnly to) =>
        $"/so-theo-doi/{Uri.EscapeDataString(officeCode)}.pdf?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";

    public static IEndpointRouteBuilder MapFormDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/bieu-mau/{code}/{form}.pdf", (string code, string form, HttpContext http, ISender sender) =>
                InlinePdfAsync(http, () => sender.Send(new GetDossierFormQuery(code, form), http.RequestAborted).AsTask()))
            .RequireAuthorization()
            .ExcludeFromDescription();
        endpoints.MapGet("/so-theo-doi/{officeCode}.pdf", (string officeCode, HttpContext http, ISender sender) =>
                InlinePdfAsync(http, () => sender.Send(new GetOfficeLedgerQuery(officeCode, DayOf(http.Request, "from"), DayOf(http.Request, "to")), http.RequestAborted).AsTask()))
            .RequireAuthorization()
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> InlinePdfAsync(HttpContext http, Func<Task<PrintedForm>> query)
    {
        try
        {
            var form = await query();
            // Inline, so the browser's viewer opens it ready to print; the name is what "save" offers.
            http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = form.FileName }.ToString();
            return Results.File(form.Content, "application/pdf");
        }
        catch (Exception exception) when (StatusOf(exception) is { } status)
        {
            return Results.Text(MessageOf(exception), "text/plain; charset=utf-8", statusCode: status);
        }
    }

    /// <summary>The status the API's problem handler gives the same refusal.</summary>
    private static int? StatusOf(Exception exception) => exception switch
    {
        ValidationException => StatusCodes.Status400BadRequest,
        NotFoundException => StatusCodes.Status404NotFound,
        ForbiddenException or DomainRuleException { Breach: RuleBreach.NotYours } => StatusCodes.Status403Forbidden,
        NotSignedInException => StatusCodes.Status401Unauthorized,
        _ => null,
    };

    private static string MessageOf(Exception exception) => exception is ValidationException validation
        ? string.Join(Environment.NewLine, validation.Errors.Select(e => e.ErrorMessage).Distinct())
        : exception.Message;

    /// <summary>A day written yyyy-MM-dd, or null when absent or unreadable (the query's validator then names what is missing).</summary>
    private static DateOnly? DayOf(HttpRequest request, string name) =>
        DateOnly.TryParseExact(request.Query[name].ToString(), "yyyy-MM-dd", out var day) ? day : null;
}
