using System.Text;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using ThaiBinh.MotCua.Application.Files;
using ThaiBinh.MotCua.Application.Files.Upload;

namespace ThaiBinh.MotCua.Web.Files;

/// <summary>
/// Reads an upload's multipart body as it arrives, without the framework's form buffering: the small
/// fields first, each with a length limit, then the first file part, whose body is handed on as a
/// stream so the content goes to the store chunk by chunk. Fields after the file are not read.
/// </summary>
public sealed class MultipartUpload
{
    private const int MaxFieldChars = 2000;

    private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);

    private string? _fileName;
    private Stream? _content;

    public static async Task<MultipartUpload> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw Refused(FileFields.File, "Tệp phải được gửi dạng multipart/form-data (biểu mẫu có phần \"file\").");
        }

        var upload = new MultipartUpload();
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                if (disposition.IsFileDisposition())
                {
                    upload._fileName = disposition.FileNameStar.HasValue
                        ? disposition.FileNameStar.Value
                        : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                    upload._content = new MalformedBodyGuard(section.Body);
                    break;
                }

                if (!disposition.IsFormDisposition())
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                upload._fields[name] = await ReadFieldAsync(name, section.Body, cancellationToken);
            }
        }
        catch (IOException exception) when (exception is not BadHttpRequestException)
        {
            throw MalformedBodyGuard.Malformed(exception);
        }

        return upload;
    }

    public UploadDossierFileCommand ToCommand(string code) => new(
        code,
        Field("role"),
        Field("document"),
        Flag("digitised"),
        Flag("reused"),
        Flag("fromNationalStore"),
        _fileName,
        _content);

    private string? Field(string name) => _fields.GetValueOrDefault(name);

    /// <summary>A check box: "true"/"1"/"on" (what a browser sends when it is ticked); absent or "false"/"0" is no.</summary>
    private bool Flag(string name) => Field(name)?.Trim().ToLowerInvariant() switch
    {
        null or "" or "false" or "0" => false,
        "true" or "1" or "on" => true,
        _ => throw Refused(name, "Giá trị phải là true hoặc false."),
    };

    private static async Task<string> ReadFieldAsync(string name, Stream body, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var buffer = new char[MaxFieldChars + 1];
        var read = await text.ReadBlockAsync(buffer, cancellationToken);
        return read > MaxFieldChars
            ? throw Refused(name, $"Giá trị dài quá {MaxFieldChars} ký tự.")
            : new string(buffer, 0, read);
    }

    private static ValidationException Refused(string field, string message) => new([new ValidationFailure(field, message)]);
}
