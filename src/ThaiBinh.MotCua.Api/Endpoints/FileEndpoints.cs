using Mediator;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Files;
using ThaiBinh.MotCua.Application.Files.Download;
using ThaiBinh.MotCua.Application.Files.List;
using ThaiBinh.MotCua.Web.Files;
using ThaiBinh.MotCua.Web.Security;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>The files of a dossier: upload (streamed multipart), listing, audited downloads, and the citizen's result download.</summary>
internal static class FileEndpoints
{
    public static void MapFileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var settings = endpoints.ServiceProvider.GetRequiredService<IOptions<FileSettings>>().Value;
        var group = endpoints.MapGroup("/api/dossiers/{code}/files").WithTags("Tệp hồ sơ").RequireAuthorization();

        group.MapPost("/", Upload)
            .WithMetadata(new UploadSizeLimit(settings.MaxUploadRequestBytes))
            .DisableAntiforgery()
            .WithSummary("Đính kèm tệp (PDF, JPEG, PNG, kiểm tra theo nội dung) cho một giấy tờ của hồ sơ hoặc kết quả giải quyết: multipart/form-data, các trường role (submitted|result), document, digitised, reused, fromNationalStore đứng trước phần file. Giấy tờ đã có tệp thì thêm phiên bản mới, phiên bản cũ vẫn giữ.")
            .Produces<DossierFileDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapGet("/", List)
            .WithSummary("Các tệp của hồ sơ theo từng giấy tờ, phiên bản mới nhất trước, kèm các cờ số hóa, tái sử dụng, lấy từ kho dữ liệu quốc gia.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}", Download)
            .WithSummary("Tải một tệp của hồ sơ (ghi nhật ký: ai, lúc nào, tệp nào).")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var citizen = endpoints.MapGroup("/api/public/dossiers/{code}/files")
            .WithTags("Tra cứu công khai")
            .AllowAnonymous()
            .RequireRateLimiting(PolicyNames.PublicLookup);
        citizen.MapPost("/", ListResults)
            .WithSummary("Các tệp kết quả của hồ sơ, sau khi xác minh như trang tra cứu: body {\"verify\": \"4 số cuối điện thoại, số định danh hoặc mã số thuế\"}.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        citizen.MapPost("/{id:guid}", DownloadResult)
            .DisableAntiforgery()
            .WithSummary("Công dân tải tệp kết quả sau khi xác minh (body JSON {\"verify\"} hoặc biểu mẫu có trường verify); ghi nhật ký.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<IResult> Upload(string code, HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var upload = await MultipartUpload.ReadAsync(request, cancellationToken);
        var file = await sender.Send(upload.ToCommand(code), cancellationToken);
        return TypedResults.Created($"/api/dossiers/{code}/files/{file.Id}", file);
    }

    private static async Task<IResult> List(string code, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListDossierFilesQuery(code), cancellationToken));

    private static async Task<IResult> Download(string code, Guid id, ISender sender, CancellationToken cancellationToken) =>
        Send(await sender.Send(new DownloadDossierFileQuery(code, id), cancellationToken));

    private static async Task<IResult> ListResults(string code, CitizenVerificationBody? body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListResultFilesQuery(code, body?.Verify), cancellationToken));

    /// <summary>JSON for API callers, a form field for the lookup page's download button (a browser cannot post JSON to save a file).</summary>
    private static async Task<IResult> DownloadResult(string code, Guid id, HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        string? verify = null;
        try
        {
            verify = request.HasFormContentType
                ? (await request.ReadFormAsync(cancellationToken))["verify"].ToString()
                : request.HasJsonContentType()
                    ? (await request.ReadFromJsonAsync<CitizenVerificationBody>(cancellationToken))?.Verify
                    : null;
        }
        catch (System.Text.Json.JsonException malformed)
        {
            // Answered like any unreadable JSON body: 400 naming the field when the reader knows it.
            throw new BadHttpRequestException("Malformed JSON body.", StatusCodes.Status400BadRequest, malformed);
        }

        return Send(await sender.Send(new DownloadResultFileQuery(code, id, verify), cancellationToken));
    }

    private static IResult Send(FileDownload download) =>
        TypedResults.File(download.Content, download.MediaType, download.FileName);

    private sealed record CitizenVerificationBody(string? Verify);
}
