using ThaiBinh.MotCua.Simulators.Home;

namespace ThaiBinh.MotCua.Simulators.Sms;

/// <summary>
/// What the SMS hub received: every accepted request counts in <see cref="Received"/>; a repeat of a
/// request id is answered OK but recorded once in <see cref="Messages"/>.
/// </summary>
public sealed class SmsInbox : ISimulatorSection
{
    private readonly Lock _gate = new();
    private readonly List<SmsRecord> _messages = [];
    private int _received;

    public string Title => "SMS brandname";

    public string Description => "POST /sms/send · tin đã nhận: GET /sms/_sim/messages";

    public int Received
    {
        get { lock (_gate) { return _received; } }
    }

    public IReadOnlyList<SmsRecord> Messages
    {
        get { lock (_gate) { return [.. _messages]; } }
    }

    /// <summary>Records the message unless its request id was seen; true when it is new.</summary>
    public bool Accept(SmsRecord message)
    {
        lock (_gate)
        {
            _received++;
            if (_messages.Any(m => m.RequestId == message.RequestId))
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
        [.. Messages.TakeLast(count).Reverse().Select(m => new SimulatorEntry(m.ReceivedAt, $"{m.Number} ({m.Network}): {m.Content}"))];
}

public sealed record SmsRecord(
    string RequestId, string Brandname, string TemplateId, string Network, string Number, string Content, DateTimeOffset ReceivedAt);

/// <summary>The SMS hub's fault switch.</summary>
public sealed class SmsFaults : Faults.FaultSwitch;
