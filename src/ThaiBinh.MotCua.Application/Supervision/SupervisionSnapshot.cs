namespace ThaiBinh.MotCua.Application.Supervision;

/// <summary>
/// Counts of one office or one administrative unit (its whole subtree) at the end of a flagging run,
/// one row per subject and day, overwritten by later runs of the day: the last run of a day stays
/// as that day's figure for trends.
/// </summary>
public sealed class SupervisionSnapshot
{
    public const string OfficeSubject = "office";
    public const string UnitSubject = "unit";

    private SupervisionSnapshot()
    {
        SubjectKind = string.Empty;
    }

    public DateOnly Day { get; private set; }

    public Guid SubjectId { get; private set; }

    /// <summary><see cref="OfficeSubject"/> (dossiers it received) or <see cref="UnitSubject"/> (its subtree).</summary>
    public string SubjectKind { get; private set; }

    public int OpenCount { get; private set; }

    public int DueSoonCount { get; private set; }

    public int OverdueCount { get; private set; }

    public int OverdueStepCount { get; private set; }

    public DateTimeOffset TakenAt { get; private set; }
}
