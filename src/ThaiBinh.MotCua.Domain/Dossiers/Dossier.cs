using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers.Events;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>
/// Hồ sơ thủ tục hành chính: received at a desk, routed through the procedure's steps, returned.
/// Every change goes through an intent method that refuses an illegal move with a
/// <see cref="DomainRuleException"/> naming the rule in Vietnamese, and bumps <see cref="Version"/>.
/// </summary>
public sealed partial class Dossier
{
    public const int MaxReasonLength = 2000;

    private readonly List<PlannedStep> _steps = [];
    private readonly List<Handoff> _handoffs = [];
    private readonly List<DossierAction> _actions = [];
    private readonly List<ClockPause> _pauses = [];
    private readonly List<SubmittedDocument> _documents = [];
    private readonly List<DossierEvent> _events = [];

    private Dossier()
    {
        Code = string.Empty;
        ProcedureCode = string.Empty;
        Applicant = null!;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    /// <summary>The entry in the receiving office's ledger book of the year of receipt (Vietnam's year), from 1.</summary>
    public int LedgerNumber { get; private set; }

    public string ProcedureCode { get; private set; }

    public Guid ProcedureVersionId { get; private set; }

    public Guid ReceivingOfficeId { get; private set; }

    /// <summary>The officer who received (or refused) the dossier; null while an online dossier waits for the desk.</summary>
    public Guid? ReceivedById { get; private set; }

    public Applicant Applicant { get; private set; }

    public IReadOnlyList<SubmittedDocument> Documents => _documents;

    public Channel Channel { get; private set; }

    public ResultDelivery ResultDelivery { get; private set; }

    public string? Note { get; private set; }

    public DossierStatus Status { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The appointment for the result; moves with supplements, the extension and calendar changes.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public LimitUnit LimitUnit { get; private set; }

    public int LimitAmount { get; private set; }

    public SupplementPolicy SupplementPolicy { get; private set; }

    public IReadOnlyList<PlannedStep> Steps => _steps;

    public int CurrentStepIndex { get; private set; }

    /// <summary>The office holding the dossier now (kept as a column for work queues and supervision).</summary>
    public Guid CurrentOfficeId { get; private set; }

    /// <summary>
    /// The officer the current step is given to, the last hand-off's (null while an office holds it
    /// unassigned); kept as a column so a work queue's "mine" reads the dossier row, not its hand-offs.
    /// </summary>
    public Guid? CurrentHolderId { get; private set; }

    /// <summary>When the current step is due against its own budget.</summary>
    public DateTimeOffset? CurrentStepDueAt { get; private set; }

    /// <summary>The hand-offs in order (the store hands them back in any order).</summary>
    public IReadOnlyList<Handoff> Handoffs => [.. _handoffs.OrderBy(h => h.Sequence)];

    public IReadOnlyList<DossierAction> Actions => [.. _actions.OrderBy(a => a.Sequence)];

    public IReadOnlyList<ClockPause> Pauses => _pauses;

    /// <summary>Since when the clock waits for the citizen's supplement; null when it runs.</summary>
    public DateTimeOffset? PausedAt { get; private set; }

    public int SupplementRequestCount { get; private set; }

    /// <summary>What the citizen was asked to bring (Mẫu 02).</summary>
    public string? SupplementItems { get; private set; }

    /// <summary>Why the dossier is not yet eligible without those items (Mẫu 02's "Lý do").</summary>
    public string? SupplementReasons { get; private set; }

    /// <summary>The new appointment of the apology (Mẫu 04), at most one.</summary>
    public DateTimeOffset? ExtendedTo { get; private set; }

    public string? ExtensionReason { get; private set; }

    /// <summary>The appointment the apology (Mẫu 04) replaced.</summary>
    public DateTimeOffset? DueBeforeExtension { get; private set; }

    public Outcome ProposedOutcome { get; private set; }

    public Outcome Outcome { get; private set; }

    /// <summary>Reasons of a refusal (at reception or after appraisal), of a withdrawal or a stop.</summary>
    public string? Reasons { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>
    /// When processing ended: the result was ready (Đã xử lý xong, granted or refused), or the dossier
    /// was withdrawn, stopped or not accepted. Reports measure timeliness at this moment, not at the
    /// return, as the national index does (domain brief §5.3).
    /// </summary>
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>Who took the result at the desk (the applicant or their proxy).</summary>
    public string? ReturnedTo { get; private set; }

    /// <summary>Early, on time or late against the due moment, once the result is returned.</summary>
    public Timeliness? ReturnTimeliness { get; private set; }

    /// <summary>Against the due moment, as the overdue flagging job last found it (no intent method sets it).</summary>
    public DueState DueState { get; private set; }

    /// <summary>The current step against its own budget, as the overdue flagging job last found it.</summary>
    public DueState StepDueState { get; private set; }

    /// <summary>Since when the dossier is overdue (its due moment), while it is.</summary>
    public DateTimeOffset? OverdueSince { get; private set; }

    /// <summary>Since when the current step is overdue, while it is.</summary>
    public DateTimeOffset? StepOverdueSince { get; private set; }

    /// <summary>Optimistic concurrency: every change increments it; a stale copy cannot be saved.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// The events of the history entries recorded since the last successful save, in order; the unit
    /// of work writes their audit lines and outbox messages with the change, then clears them.
    /// </summary>
    public IReadOnlyList<DossierEvent> DomainEvents => _events;

    public void ClearDomainEvents() => _events.Clear();

    public PlannedStep CurrentStep => _steps[CurrentStepIndex];

    public Handoff? CurrentHandoff => _handoffs.Count == 0 || !Status.IsOpen() ? null : LastHandoff;

    private Handoff LastHandoff => _handoffs.MaxBy(h => h.Sequence)!;

    /// <summary>Gives the current step to <paramref name="officerId"/>: the last hand-off and the holder column together.</summary>
    private void GiveCurrentStepTo(Guid officerId)
    {
        LastHandoff.AssignTo(officerId);
        CurrentHolderId = officerId;
    }

    public ProcessingLimit Limit => new(LimitUnit, LimitAmount);

    public ClockHistory ClockHistory => new(ReceivedAt, Limit, SupplementPolicy, _pauses, ExtendedTo);
}
