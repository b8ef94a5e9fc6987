using Microsoft.AspNetCore.Http;

namespace ThaiBinh.MotCua.Web.Files;

/// <summary>
/// The file part of an upload as the intake reads it: a multipart body that ends before its closing
/// boundary is the sender's fault (400), not the server's; a body past the size limit stays the 413
/// Kestrel raises, and a lost connection is left as it is.
/// </summary>
internal sealed class MalformedBodyGuard(Stream inner) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public static BadHttpRequestException Malformed(Exception inner) =>
        new("The multipart body is malformed or ends too early.", StatusCodes.Status400BadRequest, inner);

    public override int Read(byte[] buffer, int offset, int count)
    {
        try
        {
            return inner.Read(buffer, offset, count);
        }
        catch (IOException exception) when (exception is not BadHttpRequestException)
        {
            throw Malformed(exception);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.ReadAsync(buffer, cancellationToken);
        }
        catch (IOException exception) when (exception is not BadHttpRequestException)
        {
            throw Malformed(exception);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
