namespace ThaiBinh.MotCua.Domain.Dossiers;

public sealed partial class Dossier
{
    public const string HandOverAction = "hand-over";

    /// <summary>
    /// Bàn giao hồ sơ: a reorganisation closed an office on the dossier's route, so its work passes to
    /// the office that succeeds it. The current step moves with a recorded hand-off (a Mẫu 05 row from
    /// the closed office to its successor, the step's due moment kept); the steps still ahead re-point
    /// to successors. The code, the receipt, earlier hand-offs and the due moments stay as they were.
    /// </summary>
    /// <param name="successorOf">The office in force that carries on an office's work: the office itself while it works, null when nobody does.</param>
    /// <param name="nameOf">An office's name, for the history line.</param>
    /// <param name="actor">Who ran the hand-over.</param>
    /// <param name="now">When.</param>
    /// <returns>True when anything was handed over (and recorded); false when nothing on the route had to move, so a second run changes nothing.</returns>
    public bool HandOver(Func<Guid, Guid?> successorOf, Func<Guid, string> nameOf, Actor actor, DateTimeOffset now)
    {
        if (!Status.IsOpen())
        {
            return false;
        }

        var moves = new List<(Guid From, Guid To)>();
        for (var index = CurrentStepIndex; index < _steps.Count; index++)
        {
            var step = _steps[index];
            if (successorOf(step.OfficeId) is { } successor && successor != step.OfficeId)
            {
                _steps[index] = step with { OfficeId = successor };
                moves.Add((step.OfficeId, successor));
            }
        }

        if (moves.Count == 0)
        {
            return false;
        }

        if (CurrentStep.OfficeId != CurrentOfficeId)
        {
            HandCurrentStepTo(CurrentStep.OfficeId, actor, now);
        }

        var note = string.Join("; ", moves.Distinct().Select(m => $"{nameOf(m.From)} → {nameOf(m.To)}"));
        Record(HandOverAction, actor, now, Status, $"Bàn giao do sắp xếp đơn vị hành chính: {note}.");
        return true;
    }

    /// <summary>The closed office's hand-off ends now; the successor's starts now, due when the step already was.</summary>
    private void HandCurrentStepTo(Guid officeId, Actor actor, DateTimeOffset now)
    {
        var closed = LastHandoff;
        closed.Complete(now);
        _handoffs.Add(new Handoff(_handoffs.Count + 1, CurrentStepIndex, closed.ToOfficeId, actor.OfficerId, officeId, now, closed.DueAt));
        CurrentOfficeId = officeId;
        CurrentHolderId = null;
    }
}
