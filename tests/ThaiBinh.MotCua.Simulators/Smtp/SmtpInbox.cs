using ThaiBinh.MotCua.Simulators.Home;

namespace ThaiBinh.MotCua.Simulators.Smtp;

/// <summary>
/// The mails the SMTP simulator accepted: every accepted DATA counts in <see cref="Received"/>; a
/// repeat of a Message-ID is accepted but stored once in <see cref="Messages"/>.
/// </summary>
public sealed class SmtpInbox : ISimulatorSection
{
    private readonly Lock _gate = new();
    private readonly List<SmtpRecord> _messages = [];
    private int _received;

    public string Title => "Thư điện tử (SMTP)";

    public string Description => "SMTP trên cổng Simulators:SmtpPort (mặc định 2525) · thư đã nhận: GET /smtp/_sim/messages";

    public int Received
    {
        get { lock (_gate) { return _received; } }
    }

    public IReadOnlyList<SmtpRecord> Messages
    {
        get { lock (_gate) { return [.. _messages]; } }
    }

    public bool Accept(SmtpRecord message)
    {
        lock (_gate)
        {
            _received++;
            if (message.MessageId is not null && _messages.Any(m => m.MessageId == message.MessageId))
            {
                return false;
            }

            _messages.Add(message);
            return true;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _messages.Clear();
            _received = 0;
        }
    }

    public IReadOnlyList<SimulatorEntry> Latest(int count) =>
        [.. Messages.TakeLast(count).Reverse().Select(m => new SimulatorEntry(m.ReceivedAt, $"{string.Join(", ", m.To)}: {m.Subject}"))];
}

/// <summary>
/// A stored mail, decoded: <c>Subject</c> and <c>TextBody</c> as a reader sees them, <c>RawSubject</c>
/// as it travelled (an encoded word for non-ASCII), <c>Charset</c> of the text part.
/// </summary>
public sealed record SmtpRecord(
    string? MessageId,
    string From,
    IReadOnlyList<string> To,
    string Subject,
    string RawSubject,
    string TextBody,
    string? Charset,
    DateTimeOffset ReceivedAt);
