namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>
/// One row of the Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05): the dossier handed to a step's
/// office (and officer), when, due when, and how that step finished.
/// </summary>
public sealed class Handoff
{
    private Handoff()
    {
    }

    internal Handoff(int sequence, int stepIndex, Guid? fromOfficeId, Guid? fromOfficerId, Guid toOfficeId, DateTimeOffset handedAt, DateTimeOffset dueAt)
    {
        Sequence = sequence;
        StepIndex = stepIndex;
        FromOfficeId = fromOfficeId;
        FromOfficerId = fromOfficerId;
        ToOfficeId = toOfficeId;
        HandedAt = handedAt;
        DueAt = dueAt;
    }

    public int Sequence { get; private set; }

    public int StepIndex { get; private set; }

    public Guid? FromOfficeId { get; private set; }

    public Guid? FromOfficerId { get; private set; }

    public Guid ToOfficeId { get; private set; }

    /// <summary>The officer who holds the dossier at this step, once assigned.</summary>
    public Guid? ToOfficerId { get; private set; }

    public DateTimeOffset HandedAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public Timeliness? Timeliness { get; private set; }

    internal void AssignTo(Guid officerId) => ToOfficerId = officerId;

    internal void Complete(DateTimeOffset at)
    {
        CompletedAt = at;
        Timeliness = TimelinessRules.Of(at, DueAt);
    }

    internal void MoveDue(DateTimeOffset dueAt) => DueAt = dueAt;
}
