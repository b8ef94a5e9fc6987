namespace ThaiBinh.MotCua.Domain.Dossiers.Events;

/// <summary>
/// What one entry of a dossier's history says happened: <c>Entry</c> is the history row itself, <c>DueAt</c>
/// the appointment after it, <c>PreviousDueAt</c> the appointment it replaced when the entry moved it
/// (supplement, extension, calendar change), else null.
/// </summary>
public sealed record DossierEventFacts(Guid DossierId, string Code, DossierAction Entry, DateTimeOffset? DueAt, DateTimeOffset? PreviousDueAt);

/// <summary>A domain event the dossier raised with one history entry; <see cref="DossierEventTable"/> says which.</summary>
public abstract record DossierEvent(DossierEventFacts Facts);

/// <summary>Tiếp nhận: the dossier has its code and its appointment.</summary>
public sealed record DossierReceived(DossierEventFacts Facts) : DossierEvent(Facts);

/// <summary>The desk sent the dossier to the first processing office.</summary>
public sealed record DossierTransferred(DossierEventFacts Facts) : DossierEvent(Facts);

/// <summary>An internal step of the processing office: assign, assess, verify, an approval that is not the last, send-back.</summary>
public sealed record DossierProgressed(DossierEventFacts Facts) : DossierEvent(Facts);

/// <summary>The citizen was asked for a supplement (Mẫu 02); the clock waits.</summary>
public sealed record SupplementRequested(DossierEventFacts Facts) : DossierEvent(Facts);

/// <summary>The supplement arrived; the clock runs again and the appointment may have moved.</summary>
public sealed record DossierSupplemented(DossierEventFacts Facts) : DossierEvent(Facts);

/// <summary>The result waits at the desk (status 9, granted).</summary>
public sealed record ResultReady(DossierEventFacts Facts) : DossierEvent(Facts);

/// <summary>The result was handed over (status 10).</summary>
public sealed record DossierReturned(DossierEventFacts Facts) : DossierEvent(Facts);

/// <summary>Refused: at reception (status 3), or after appraisal, by the leader's refusal or approval of a proposed refusal (Mẫu 03).</summary>
public sealed record DossierRefused(DossierEventFacts Facts) : DossierEvent(Facts);

/// <summary>The apology with a new appointment (Mẫu 04).</summary>
public sealed record DossierExtended(DossierEventFacts Facts) : DossierEvent(Facts);

/// <summary>A calendar change moved the appointment (history action recompute-due, the system acting).</summary>
public sealed record DueMomentMoved(DossierEventFacts Facts) : DossierEvent(Facts);

/// <summary>Processing stopped (status 8).</summary>
public sealed record DossierStopped(DossierEventFacts Facts) : DossierEvent(Facts);

/// <summary>The citizen withdrew the dossier (status 7).</summary>
public sealed record DossierWithdrawn(DossierEventFacts Facts) : DossierEvent(Facts);

/// <summary>A reorganisation passed the dossier to the office that succeeds a closed one.</summary>
public sealed record DossierHandedOver(DossierEventFacts Facts) : DossierEvent(Facts);

/// <summary>A dossier submitted on the national portal arrived, or came back completed (status 1).</summary>
public sealed record DossierSubmittedOnline(DossierEventFacts Facts) : DossierEvent(Facts);
/// <summary>The fees are asked for before the result (status 6).</summary>
public sealed record PaymentRequested(DossierEventFacts Facts) : DossierEvent(Facts);

/// <summary>A payment request was paid (online, in cash or by transfer); a dossier in status 6 is back in processing.</summary>
public sealed record PaymentReceived(DossierEventFacts Facts) : DossierEvent(Facts);

/// <summary>A payment was refunded.</summary>
public sealed record PaymentRefunded(DossierEventFacts Facts) : DossierEvent(Facts);
