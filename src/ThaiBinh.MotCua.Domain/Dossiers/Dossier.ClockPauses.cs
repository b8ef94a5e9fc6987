using ThaiBinh.MotCua.Domain.Calendar;

namespace ThaiBinh.MotCua.Domain.Dossiers;

public sealed partial class Dossier
{
    /// <summary>
    /// Ends the wait that began at <see cref="PausedAt"/>: the pause joins the clock history, the due
    /// moment moves as <see cref="DeadlineRules.DueAfterPause"/> says for its cause (kept when the
    /// apology fixed it), and the current step's due moves by the working time waited.
    /// </summary>
    private void ResumeClock(DateTimeOffset now, DeadlineRules rules, PauseCause cause)
    {
        var pause = new ClockPause(PausedAt!.Value, now, cause);
        _pauses.Add(pause);
        var waited = rules.Calendar.WorkingTimeBetween(pause.PausedAt, pause.ResumedAt);
        DueAt = ExtendedTo ?? rules.DueAfterPause(DueAt!.Value, pause, Limit, SupplementPolicy);
        LastHandoff.MoveDue(rules.Calendar.AddWorkingTime(LastHandoff.DueAt, waited));
        CurrentStepDueAt = LastHandoff.DueAt;
        PausedAt = null;
    }
}
