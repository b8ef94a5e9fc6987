using System.Net.Http.Headers;

namespace ThaiBinh.MotCua.Benchmarks.Files;

/// <summary>
/// The upload form of a file made up while it is sent (the API tests' <see cref="ThaiBinh.MotCua.Api.Tests.Files.GeneratedPdfContent"/>,
/// compiled in from there), so the driver holds one chunk, not the file.
/// </summary>
public static class GeneratedPdf
{
    public static MultipartFormDataContent Form(string document, long length, ulong seed)
    {
        var file = new ThaiBinh.MotCua.Api.Tests.Files.GeneratedPdfContent(length, seed);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent
        {
            { new StringContent("submitted"), "role" },
            { new StringContent(document), "document" },
            { new StringContent("true"), "digitised" },
            { file, "file", $"ban-quet-{seed}.pdf" },
        };
    }
}
