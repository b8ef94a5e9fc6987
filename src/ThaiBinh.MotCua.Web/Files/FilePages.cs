using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Files;
using ThaiBinh.MotCua.Application.Files.Download;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Web.Files;

/// <summary>
/// The dossier page's files behind the officer's cookie: the upload form's target (the same use case
/// as <c>POST /api/dossiers/{code}/files</c>, streamed the same way) and the download links. The
/// cookie is SameSite=Lax, so another site's form cannot post an upload with it. A refusal answers
/// the API's status with the use case's own words as plain text, as the printed forms do.
/// </summary>
public static class FilePages
{
    public static string UploadPath(string code) => $"/ho-so/{Uri.EscapeDataString(code)}/tep";

    public static string DownloadPath(string code, Guid id) => $"/ho-so/{Uri.EscapeDataString(code)}/tep/{id}";

    public static IEndpointRouteBuilder MapFilePages(this IEndpointRouteBuilder endpoints)
    {
        var settings = endpoints.ServiceProvider.GetRequiredService<IOptions<FileSettings>>().Value;
        endpoints.MapPost("/ho-so/{code}/tep", (string code, HttpContext http, ISender sender) => AnsweredAsync(async () =>
            {
                var upload = await MultipartUpload.ReadAsync(http.Request, http.RequestAborted);
                var file = await sender.Send(upload.ToCommand(code), http.RequestAborted);
                // Post-redirect-get: a reload of the page does not send the file again.
                return Results.Redirect($"/ho-so/{Uri.EscapeDataString(code)}?da-dinh-kem={file.Version}#tep-dinh-kem", permanent: false, preserveMethod: false);
            }))
            .WithMetadata(new UploadSizeLimit(settings.MaxUploadRequestBytes))
            .DisableAntiforgery()
            .RequireAuthorization()
            .ExcludeFromDescription();
        endpoints.MapGet("/ho-so/{code}/tep/{id:guid}", (string code, Guid id, HttpContext http, ISender sender) => AnsweredAsync(async () =>
            {
                var download = await sender.Send(new DownloadDossierFileQuery(code, id), http.RequestAborted);
                return Results.File(download.Content, download.MediaType, download.FileName);
            }))
            .RequireAuthorization()
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> AnsweredAsync(Func<Task<IResult>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception exception) when (StatusOf(exception) is { } status)
        {
            return Results.Text(MessageOf(exception), "text/plain; charset=utf-8", statusCode: status);
        }
    }

    private static int? StatusOf(Exception exception) => exception switch
    {
        ValidationException => StatusCodes.Status400BadRequest,
        NotFoundException => StatusCodes.Status404NotFound,
        ForbiddenException or DomainRuleException { Breach: RuleBreach.NotYours } => StatusCodes.Status403Forbidden,
        DomainRuleException or ConcurrentChangeException => StatusCodes.Status409Conflict,
        _ => null,
    };

    private static string MessageOf(Exception exception) => exception is ValidationException validation
        ? string.Join(Environment.NewLine, validation.Errors.Select(e => e.ErrorMessage).Distinct())
        : exception.Message;
}
