namespace ThaiBinh.MotCua.Application.Reports.Processing;

/// <summary>
/// What happened to the dossiers of one receiving office and one procedure in a period: the counts
/// the processing report is made of, added up for whatever the report groups by.
/// </summary>
public sealed record ProcessingFacts(
    Guid OfficeId,
    string ProcedureCode,
    ProcessingCounts Counts);

/// <summary>
/// Counts of one period. "Ended" means the result was ready (granted or refused), or the dossier was
/// withdrawn or stopped; early / on time / late compare that moment with the due moment.
/// <c>PortalTotal</c> counts the dossiers received in the period, <c>PortalSynced</c> those of them the
/// national portal holds in their current status (the QĐ 766 synchronisation indicator).
/// </summary>
public sealed record ProcessingCounts(
    long ReceivedDirect,
    long ReceivedOnline,
    long ReceivedPostal,
    long CarriedOver,
    long ResolvedEarly,
    long ResolvedOnTime,
    long ResolvedLate,
    long RefusedAfterAppraisal,
    long NotAccepted,
    long Withdrawn,
    long Stopped,
    long InProgress,
    long Overdue,
    long IndexHandled,
    long IndexOnTime,
    long PortalTotal = 0,
    long PortalSynced = 0)
{
    public static readonly ProcessingCounts Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public long Received => ReceivedDirect + ReceivedOnline + ReceivedPostal;

    public long Resolved => ResolvedEarly + ResolvedOnTime + ResolvedLate;

    public ProcessingCounts Add(ProcessingCounts other) => new(
        ReceivedDirect + other.ReceivedDirect,
        ReceivedOnline + other.ReceivedOnline,
        ReceivedPostal + other.ReceivedPostal,
        CarriedOver + other.CarriedOver,
        ResolvedEarly + other.ResolvedEarly,
        ResolvedOnTime + other.ResolvedOnTime,
        ResolvedLate + other.ResolvedLate,
        RefusedAfterAppraisal + other.RefusedAfterAppraisal,
        NotAccepted + other.NotAccepted,
        Withdrawn + other.Withdrawn,
        Stopped + other.Stopped,
        InProgress + other.InProgress,
        Overdue + other.Overdue,
        IndexHandled + other.IndexHandled,
        IndexOnTime + other.IndexOnTime,
        PortalTotal + other.PortalTotal,
        PortalSynced + other.PortalSynced);
}
