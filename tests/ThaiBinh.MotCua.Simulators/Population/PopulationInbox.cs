using ThaiBinh.MotCua.Simulators.Home;

namespace ThaiBinh.MotCua.Simulators.Population;

/// <summary>Every lookup the population database received, repeats included (a test checks each <c>MaYeuCau</c> is new).</summary>
public sealed class PopulationInbox() : RecordingInbox<PopulationRequestRecord>(_ => null)
{
    public override string Title => "CSDLQG về dân cư";

    public override string Description => "POST /csdldc/tra-cuu · yêu cầu đã nhận: GET /csdldc/_sim/requests";

    protected override SimulatorEntry Describe(PopulationRequestRecord r) =>
        new(r.ReceivedAt, $"{r.MaYeuCau}: {r.SoDinhDanh}{r.SoCmnd} {r.HoVaTen} ({r.MaCanBo}) → {r.Answer}");
}

/// <summary>A lookup as received, and what the simulator answered (found, not-found, refused, slow).</summary>
public sealed record PopulationRequestRecord(
    string? HoVaTen, string? SoDinhDanh, string? SoCmnd, string? NgayThangNam, string? Nam, string? MaTichHop, string? MaDvc, string? MaCanBo,
    string? MaYeuCau, string Answer, DateTimeOffset ReceivedAt);

/// <summary>The population database's fault switch.</summary>
public sealed class PopulationFaults : Faults.FaultSwitch;
