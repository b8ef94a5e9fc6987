using System.Net;
using System.Security.Cryptography;

namespace ThaiBinh.MotCua.Api.Tests.Files;

/// <summary>
/// A request body of <see cref="Length"/> bytes made up while it is sent: a PDF header, then
/// pseudo-random bytes, hashed on the way out. Never in memory more than one chunk at a time, so a
/// test can send more than the server process may hold.
/// </summary>
public sealed class GeneratedPdfContent(long length, ulong seed) : HttpContent
{
    private const int ChunkSize = 256 * 1024;

    private byte[]? _sha256;

    public long Length { get; } = length;

    /// <summary>The SHA-256 (lower-case hex) of what was sent; known once the body has gone.</summary>
    public string Sha256 => Convert.ToHexStringLower(_sha256 ?? throw new InvalidOperationException("The content has not been sent yet."));

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[ChunkSize];
        var state = seed | 1;
        long sent = 0;
        while (sent < Length)
        {
            var size = (int)Math.Min(ChunkSize, Length - sent);
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

            hash.AppendData(chunk, 0, size);
            await stream.WriteAsync(chunk.AsMemory(0, size));
            sent += size;
        }

        _sha256 = hash.GetHashAndReset();
    }

    protected override bool TryComputeLength(out long length)
    {
        length = Length;
        return true;
    }
}
