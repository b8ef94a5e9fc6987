using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers.Events;
using ThaiBinh.MotCua.Domain.Dossiers.Moves;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Domain.Dossiers;

public sealed partial class Dossier
{
    /// <summary>
    /// Whether <paramref name="actor"/> may make <paramref name="move"/> now, by the rule table: role,
    /// then office, then status, then step, then the step's assignee. "Not yours" comes before "not
    /// now", so an officer is never told the state of a dossier they may not touch.
    /// </summary>
    public MoveVerdict Check(MoveRule move, Actor actor)
    {
        if (!actor.HasAny(move.Roles))
        {
            return new(move, "dossier.role", $"Vai trò của bạn không được {move.Label}.", RuleBreach.NotYours);
        }

        if (!HeldBy(move.Office, actor.OfficeId))
        {
            return new(move, "dossier.office", move.OfficeRefusal, RuleBreach.NotYours);
        }

        if (!move.Statuses.Contains(Status))
        {
            return new(move, $"dossier.{move.Name}.status", $"Không thể {move.Label} khi hồ sơ ở trạng thái \"{Status.Label()}\".", RuleBreach.NotNow);
        }

        if (move.Steps.Count > 0 && !move.Steps.Contains(CurrentStep.Kind))
        {
            return new(move, $"dossier.{move.Name}.step", $"Không thể {move.Label} ở bước \"{CurrentStep.Kind.Label()}\" của quy trình.", RuleBreach.NotNow);
        }

        // The one apology a dossier may have is a fact of its state, so the moves offered know it too.
        if (move == DossierMoveRules.Extend && ExtendedTo is not null)
        {
            return new(move, DeadlineRules.ExtensionOnceRule, DeadlineRules.ExtensionOnceMessage, RuleBreach.NotNow);
        }

        // A supplement is asked once, complete (Art. 15(3)): after the first, the move is off the table.
        if (move == DossierMoveRules.RequestSupplement && SupplementRequestCount > 0)
        {
            return new(move, SupplementOnceRule, SupplementOnceMessage, RuleBreach.NotNow);
        }

        if (move.TakesStep && LastHandoff.ToOfficerId is { } holder && holder != actor.OfficerId)
        {
            return new(move, "dossier.assignee", "Hồ sơ đã được phân công cho cán bộ khác.", RuleBreach.NotYours);
        }

        return MoveVerdict.Allow(move);
    }

    /// <summary>
    /// <see cref="Check(MoveRule, Actor)"/> at a moment: what also depends on the clock and the working
    /// calendar, an apology asked later than one working day before the due moment, is refused here
    /// too, so a move offered is never refused for it.
    /// </summary>
    public MoveVerdict Check(MoveRule move, Actor actor, DateTimeOffset now, DeadlineRules rules)
    {
        var verdict = Check(move, actor);
        return verdict.Allowed && move == DossierMoveRules.Extend && DueAt is { } due && !rules.IsExtensionTimely(now, due)
            ? new(move, DeadlineRules.ExtensionBeforeDueRule, DeadlineRules.ExtensionBeforeDueMessage(due), RuleBreach.NotNow)
            : verdict;
    }

    public const string SupplementOnceRule = "dossier.supplement.once";

    private const string SupplementOnceMessage =
        "Hồ sơ đã được yêu cầu bổ sung, hoàn thiện một lần; theo quy định chỉ được yêu cầu một lần, đầy đủ các nội dung cần bổ sung.";

    /// <summary>Refuses the move unless the rule table allows it; a move that takes the step assigns it to the actor.</summary>
    private void Authorize(MoveRule move, Actor actor)
    {
        var verdict = Check(move, actor);
        if (!verdict.Allowed)
        {
            throw verdict.ToException();
        }

        if (move.TakesStep)
        {
            GiveCurrentStepTo(actor.OfficerId);
        }
    }

    private bool HeldBy(MoveOffice office, Guid officeId) => office switch
    {
        MoveOffice.CurrentStep => officeId == CurrentStep.OfficeId,
        MoveOffice.ReceivingDesk => IsDesk(officeId),
        _ => officeId == CurrentStep.OfficeId || IsDesk(officeId),
    };

    /// <summary>The desk that deals with the citizen: the receiving office, or the successor a hand-over gave the return step to.</summary>
    private bool IsDesk(Guid officeId) => officeId == ReceivingOfficeId || (_steps.Count > 0 && officeId == _steps[^1].OfficeId);

    /// <summary>
    /// Appends the history entry and raises its domain event (<see cref="DossierEventTable"/>);
    /// <paramref name="previousDueAt"/> is the appointment before a move that may shift it, kept on the
    /// event only when it did shift.
    /// </summary>
    private void Record(string action, Actor? actor, DateTimeOffset at, DossierStatus? before, string? note, DateTimeOffset? previousDueAt = null)
    {
        var entry = new DossierAction(_actions.Count + 1, action, actor?.OfficerId, at, before, Status, note);
        _actions.Add(entry);
        _events.Add(DossierEventTable.Raise(new DossierEventFacts(Id, Code, entry, DueAt, previousDueAt != DueAt ? previousDueAt : null), Outcome));
        Version++;
    }

    /// <summary>A reason, a list or a name the rule needs: trimmed, not empty, not overlong.</summary>
    internal static string RequireText(string? text, string rule, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainRuleException(rule, message);
        }

        var trimmed = text.Trim();
        return trimmed.Length <= MaxReasonLength
            ? trimmed
            : throw new DomainRuleException(rule, $"Nội dung dài tối đa {MaxReasonLength} ký tự.");
    }
}
