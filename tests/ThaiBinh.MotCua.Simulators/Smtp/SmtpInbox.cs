using ThaiBinh.MotCua.Simulators.Home;

namespace ThaiBinh.MotCua.Simulators.Smtp;

/// <summary>
/// The mails the SMTP simulator accepted, a repeat of a Message-ID stored once.
/// </summary>
public sealed class SmtpInbox() : RecordingInbox<SmtpRecord>(m => m.MessageId)
{
    public override string Title => "Thư điện tử (SMTP)";

    public override string Description => "SMTP trên cổng Simulators:SmtpPort (mặc định 2525) · thư đã nhận: GET /smtp/_sim/messages";

    protected override SimulatorEntry Describe(SmtpRecord m) => new(m.ReceivedAt, $"{string.Join(", ", m.To)}: {m.Subject}");
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
