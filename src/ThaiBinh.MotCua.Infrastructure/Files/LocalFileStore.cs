using System.Buffers;
using System.Security.Cryptography;
using ThaiBinh.MotCua.Application.Common.Files;

namespace ThaiBinh.MotCua.Infrastructure.Files;

/// <summary>
/// <see cref="IFileStore"/> in a local folder: content at <c>ab/cd/&lt;sha256&gt;</c> under the root.
/// The content is written to a temporary file in the root's <c>.incoming</c> folder (same volume, so
/// the final move is atomic) while it is hashed; a reader therefore never sees half a file, and a
/// hash already present is left as it is (same hash, same bytes) and the new copy dropped.
/// </summary>
internal sealed class LocalFileStore(string root) : IFileStore
{
    private const int BufferSize = 128 * 1024;
    private const string IncomingFolder = ".incoming";

    public string Root { get; } = Path.GetFullPath(root);

    public async Task<StoredContent> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var incoming = Directory.CreateDirectory(Path.Combine(Root, IncomingFolder)).FullName;
        var temporary = Path.Combine(incoming, Guid.NewGuid().ToString("N"));
        try
        {
            var (sha256, length, head) = await WriteHashingAsync(content, temporary, maxBytes, cancellationToken);
            var target = PathOf(sha256);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target))
            {
                try
                {
                    File.Move(temporary, target, overwrite: false);
                }
                catch (IOException) when (File.Exists(target))
                {
                    // Another upload of the same bytes moved its copy first: that copy is ours too.
                }
            }

            return new StoredContent(sha256, length, head);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken)
    {
        if (!IsSha256(sha256))
        {
            return Task.FromResult<Stream?>(null);
        }

        var path = PathOf(sha256);
        Stream? stream = File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan)
            : null;
        return Task.FromResult(stream);
    }

    /// <summary>Where the content of <paramref name="sha256"/> lives: two levels of folders keep each folder small.</summary>
    public string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256[2..4], sha256);

    private static async Task<(string Sha256, long Length, byte[] Head)> WriteHashingAsync(
        Stream content, string path, long maxBytes, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        var head = new byte[16];
        var headLength = 0;
        long length = 0;
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous);
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    throw new FileTooLargeException(maxBytes);
                }

                var toHead = Math.Min(read, head.Length - headLength);
                buffer.AsSpan(0, toHead).CopyTo(head.AsSpan(headLength));
                headLength += toHead;
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            await file.FlushAsync(cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), length, head[..headLength]);
    }

    private static bool IsSha256(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigitLower);
}
