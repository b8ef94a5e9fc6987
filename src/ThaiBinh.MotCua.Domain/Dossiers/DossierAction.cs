namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>One entry of a dossier's history: who did what, when, with the status before and after.</summary>
public sealed class DossierAction
{
    private DossierAction()
    {
        Action = string.Empty;
    }

    internal DossierAction(int sequence, string action, Guid? officerId, DateTimeOffset at, DossierStatus? fromStatus, DossierStatus toStatus, string? note)
    {
        Sequence = sequence;
        Action = action;
        OfficerId = officerId;
        At = at;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        Note = note;
    }

    public int Sequence { get; private set; }

    /// <summary>Machine name of the action: receive, transfer, assign, assess, approve, return…</summary>
    public string Action { get; private set; }

    /// <summary>Null when the system acted (a recomputed due moment).</summary>
    public Guid? OfficerId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public DossierStatus? FromStatus { get; private set; }

    public DossierStatus ToStatus { get; private set; }

    public string? Note { get; private set; }
}
