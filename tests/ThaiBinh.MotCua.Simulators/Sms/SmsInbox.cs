using ThaiBinh.MotCua.Simulators.Home;

namespace ThaiBinh.MotCua.Simulators.Sms;

/// <summary>
/// What the SMS hub received, a repeat of a request id recorded once.
/// </summary>
public sealed class SmsInbox() : RecordingInbox<SmsRecord>(m => m.RequestId)
{
    public override string Title => "SMS brandname";

    public override string Description => "POST /sms/send · tin đã nhận: GET /sms/_sim/messages";

    protected override SimulatorEntry Describe(SmsRecord m) => new(m.ReceivedAt, $"{m.Number} ({m.Network}): {m.Content}");
}

public sealed record SmsRecord(
    string RequestId, string Brandname, string TemplateId, string Network, string Number, string Content, DateTimeOffset ReceivedAt);

/// <summary>The SMS hub's fault switch.</summary>
public sealed class SmsFaults : Faults.FaultSwitch;
