using System.Net;
using System.Net.Http.Headers;

namespace ThaiBinh.MotCua.Benchmarks.Files;

/// <summary>An upload body made up while it is sent (a PDF header, then pseudo-random bytes), so the driver holds one chunk, not the file.</summary>
public sealed class GeneratedPdf(long length, ulong seed) : HttpContent
{
    private const int ChunkSize = 256 * 1024;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var chunk = new byte[ChunkSize];
        var state = seed | 1;
        long sent = 0;
        while (sent < length)
        {
            var size = (int)Math.Min(ChunkSize, length - sent);
            for (var i = 0; i + 8 <= size; i += 8)
            {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                BitConverter.TryWriteBytes(chunk.AsSpan(i, 8), state);
            }

            if (sent == 0)
            {
                "%PDF-1.7\n"u8.CopyTo(chunk);
            }

            await stream.WriteAsync(chunk.AsMemory(0, size));
            sent += size;
        }
    }

    protected override bool TryComputeLength(out long length1)
    {
        length1 = length;
        return true;
    }

    public static MultipartFormDataContent Form(string document, long length, ulong seed)
    {
        var file = new GeneratedPdf(length, seed);
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
