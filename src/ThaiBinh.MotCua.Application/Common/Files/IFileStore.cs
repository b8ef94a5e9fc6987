namespace ThaiBinh.MotCua.Application.Common.Files;

/// <summary>
/// Where file contents live, addressed by their SHA-256 (a local folder by default, configured): the
/// same bytes are stored once, and stored bytes are never overwritten. Metadata (which dossier, which
/// document, which version, who) is in PostgreSQL, not here.
/// </summary>
public interface IFileStore
{
    /// <summary>
    /// Streams <paramref name="content"/> into the store while hashing it, never holding it whole in
    /// memory. More than <paramref name="maxBytes"/> bytes: nothing is kept and
    /// <see cref="FileTooLargeException"/> is thrown.
    /// </summary>
    Task<StoredContent> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>The stored bytes of <paramref name="sha256"/> (lower-case hex), or null when the store has none.</summary>
    Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken);
}

/// <summary>What the store holds: the content's SHA-256 (lower-case hex), its length and its first bytes (for the type check).</summary>
public sealed record StoredContent(string Sha256, long Length, ReadOnlyMemory<byte> Head);

/// <summary>The content went past the limit it was given; nothing of it was kept.</summary>
public sealed class FileTooLargeException(long maxBytes)
    : Exception($"The content is larger than {maxBytes} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}
