using ThaiBinh.MotCua.Domain.Notices;

namespace ThaiBinh.MotCua.Domain.Dossiers;

public sealed partial record Intake
{
    /// <summary>How the citizen wants to be told of the dossier; none unless they chose.</summary>
    public NoticeChoice Notice { get; init; } = NoticeChoice.None;
}

public sealed partial class Dossier
{
    /// <summary>The citizen's choice at the desk of how they are told (printed on the receipt).</summary>
    public NoticeChoice Notice { get; private set; } = NoticeChoice.None;
}
