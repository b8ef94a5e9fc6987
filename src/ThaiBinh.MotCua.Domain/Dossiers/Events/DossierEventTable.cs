namespace ThaiBinh.MotCua.Domain.Dossiers.Events;

/// <summary>
/// The one table of which event a history entry raises, by the entry's action (and, for an approval,
/// whether it made the result ready and with which outcome). An action missing here is a bug the
/// first save of it reveals; the domain tests run every move through it.
/// </summary>
public static class DossierEventTable
{
    /// <summary>The history actions no move rule names: the receipt, the desk's refusal, the calendar recompute, the hand-over.</summary>
    public static readonly IReadOnlyList<string> ActionsBesideMoves = ["receive", "refuse-at-reception", "recompute-due", Dossier.HandOverAction, Dossier.PaidAction, Dossier.RefundAction];

    public static DossierEvent Raise(DossierEventFacts facts, Outcome outcome) => facts.Entry.Action switch
    {
        "receive" => new DossierReceived(facts),
        "refuse-at-reception" or "refuse" => new DossierRefused(facts),
        "transfer" => new DossierTransferred(facts),
        "approve" when facts.Entry.ToStatus == DossierStatus.ResultReady && outcome == Outcome.Refused => new DossierRefused(facts),
        "approve" when facts.Entry.ToStatus == DossierStatus.ResultReady => new ResultReady(facts),
        "assign" or "assess" or "verify" or "approve" or "send-back" => new DossierProgressed(facts),
        "request-supplement" => new SupplementRequested(facts),
        "supplement" => new DossierSupplemented(facts),
        "return" => new DossierReturned(facts),
        "extend" => new DossierExtended(facts),
        "recompute-due" => new DueMomentMoved(facts),
        "stop" => new DossierStopped(facts),
        "withdraw" => new DossierWithdrawn(facts),
        Dossier.HandOverAction => new DossierHandedOver(facts),
        Dossier.SubmitOnlineAction or Dossier.ResubmitOnlineAction => new DossierSubmittedOnline(facts),
        "accept-online" => new DossierReceived(facts),
        "request-online-completion" => new SupplementRequested(facts),
        "refuse-online" => new DossierRefused(facts),
        "request-payment" => new PaymentRequested(facts),
        Dossier.PaidAction => new PaymentReceived(facts),
        Dossier.RefundAction => new PaymentRefunded(facts),
        var unknown => throw new InvalidOperationException($"The history action '{unknown}' raises no domain event: add it to {nameof(DossierEventTable)}."),
    };
}
