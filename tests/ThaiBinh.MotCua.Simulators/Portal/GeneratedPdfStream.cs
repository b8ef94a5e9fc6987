using System.Text;

namespace ThaiBinh.MotCua.Simulators.Portal;

/// <summary>
/// A PDF of exactly the given length made up as it is read: the header, filler, the end marker. Only
/// its first bytes matter to a type check by content; it never exists whole in memory.
/// </summary>
internal sealed class GeneratedPdfStream(long length) : Stream
{
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("%PDF-1.7\n");
    private static readonly byte[] Trailer = Encoding.ASCII.GetBytes("\n%%EOF\n");

    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < count; i++)
        {
            buffer[i] = ByteAt(_position + i);
        }

        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    private byte ByteAt(long index) =>
        index < Header.Length ? Header[index]
        : index >= length - Trailer.Length && length >= Header.Length + Trailer.Length ? Trailer[index - (length - Trailer.Length)]
        : (byte)' ';

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
