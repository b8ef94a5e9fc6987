using Polly.CircuitBreaker;
using Polly.Timeout;
using ThaiBinh.MotCua.Application.NationalPortal.Inbound;

namespace ThaiBinh.MotCua.Infrastructure.NationalPortal.Inbound;

/// <summary>
/// Fetches a file the portal names, streamed: the answer's headers are awaited, its body is read as
/// the intake consumes it, so a large file never sits whole in memory.
/// </summary>
internal sealed class PortalFileDownloader(HttpClient http) : IPortalFileSource
{
    public async Task<Stream> OpenAsync(Uri address, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception unreachable) when (unreachable is HttpRequestException or TimeoutRejectedException or BrokenCircuitException)
        {
            throw new PortalFileUnavailableException($"Không tải được tệp từ {address}: máy chủ tệp không phản hồi.", unreachable);
        }

        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            throw new PortalFileUnavailableException($"Không tải được tệp từ {address}: máy chủ tệp trả lời {(int)response.StatusCode}.");
        }

        return new ResponseStream(response, await response.Content.ReadAsStreamAsync(cancellationToken));
    }

    /// <summary>The body stream that also releases its response (and connection) when disposed.</summary>
    private sealed class ResponseStream(HttpResponseMessage response, Stream body) : Stream
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

        public override int Read(byte[] buffer, int offset, int count) => body.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            body.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            body.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                body.Dispose();
                response.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
