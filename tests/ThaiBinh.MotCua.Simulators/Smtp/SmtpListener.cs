using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ThaiBinh.MotCua.Simulators.Smtp;

/// <summary>
/// The SMTP server (SmtpServer package) on 127.0.0.1:<c>Simulators:SmtpPort</c>. It can be stopped
/// and started again: stopped, it does not listen, so a client's connection is refused, as with a
/// mail server that is down. Recipients in the reserved ".invalid" domain are refused with 550.
/// </summary>
public sealed class SmtpListener(SmtpInbox inbox, IConfiguration configuration, ILogger<SmtpListener> logger) : IHostedService
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CancellationTokenSource? _stopping;
    private Task? _running;

    public int Port { get; } = configuration.GetValue("Simulators:SmtpPort", 2525);

    public bool IsListening => _running is { IsCompleted: false };

    public Task StartAsync(CancellationToken cancellationToken) => StartListeningAsync();

    public Task StopAsync(CancellationToken cancellationToken) => StopListeningAsync();

    public async Task StartListeningAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (IsListening)
            {
                return;
            }

            var options = new SmtpServerOptionsBuilder()
                .ServerName("smtp.simulator.local")
                .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
                .Build();
            var services = new SmtpServer.ComponentModel.ServiceProvider();
            services.Add(new InboxStore(inbox));
            services.Add(new ReservedDomainFilter());
            _stopping = new CancellationTokenSource();
            _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stopping.Token);
            await WaitUntilAcceptingAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task StopListeningAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_stopping is null || _running is null)
            {
                return;
            }

            await _stopping.CancelAsync();
            try
            {
                await _running;
            }
            catch (OperationCanceledException)
            {
                // what stopping means
            }

            _stopping.Dispose();
            _stopping = null;
            _running = null;
        }
        finally
        {
            _gate.Release();
        }
    }

    // StartAsync binds in the background: a test that sends right after start must find the port open.
    private async Task WaitUntilAcceptingAsync()
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        logger.LogWarning("SMTP simulator did not start listening on port {Port}", Port);
    }

    private sealed class InboxStore(SmtpInbox inbox) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            var text = message.BodyParts.OfType<TextPart>().FirstOrDefault(p => p.IsPlain);
            inbox.Accept(new SmtpRecord(
                message.MessageId,
                message.From.ToString(),
                [.. transaction.To.Select(m => m.AsAddress())],
                message.Subject ?? "",
                RawHeader(message, HeaderId.Subject) ?? "",
                message.TextBody ?? "",
                text?.ContentType.Charset,
                DateTimeOffset.UtcNow));
            return SmtpResponse.Ok;
        }

        private static string? RawHeader(MimeMessage message, HeaderId id) =>
            message.Headers.FirstOrDefault(h => h.Id == id) is { } header
                ? System.Text.Encoding.ASCII.GetString(header.RawValue).Trim()
                : null;
    }

    private sealed class ReservedDomainFilter : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!to.Host.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase));
    }
}
