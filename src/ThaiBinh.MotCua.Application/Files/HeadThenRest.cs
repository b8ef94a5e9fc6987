namespace ThaiBinh.MotCua.Application.Files;

/// <summary>
/// The bytes already read from the front of a stream (to tell its type) followed by the rest of it,
/// so the store receives the whole content without the sender's stream having to seek.
/// </summary>
internal sealed class HeadThenRest(ReadOnlyMemory<byte> head, Stream rest) : Stream
{
    private ReadOnlyMemory<byte> _head = head;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (TakeHead(buffer) is var taken and > 0)
        {
            return taken;
        }

        return Advance(rest.Read(buffer));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (TakeHead(buffer.Span) is var taken and > 0)
        {
            return taken;
        }

        return Advance(await rest.ReadAsync(buffer, cancellationToken));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int TakeHead(Span<byte> buffer)
    {
        var taken = Math.Min(buffer.Length, _head.Length);
        _head.Span[..taken].CopyTo(buffer);
        _head = _head[taken..];
        return Advance(taken);
    }

    private int Advance(int bytes)
    {
        _position += bytes;
        return bytes;
    }
}
