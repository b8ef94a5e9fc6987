using ThaiBinh.MotCua.Application.Dossiers;

namespace ThaiBinh.MotCua.Application.Reports.Processing;

/// <summary>
/// <see cref="AsOf"/> is when the period ended, or now for a period still running: in progress and
/// overdue are counted at that instant. <see cref="CountedBy"/> says whose office a dossier counts for:
/// "receiving" (the desk that received it) or "competent" (the office that decides it).
/// <see cref="DeskGuidance"/> counts the desks' guidance on incomplete papers (hướng dẫn bổ sung tại
/// quầy, Mẫu 02), which creates no dossier.
/// </summary>
public sealed record ProcessingReportDto(
    NamedDto Unit,
    string Level,
    DateOnly From,
    DateOnly To,
    DateTimeOffset AsOf,
    string GroupBy,
    string CountedBy,
    IReadOnlyList<ProcessingRowDto> Rows,
    ProcessingRowDto Total,
    IReadOnlyList<DeskHandledDto> DeskHandled,
    long DeskGuidance);

public sealed record ReceivedDto(long Direct, long Online, long Postal, long Total);

/// <summary>Dossiers whose result became ready in the period (refusals after appraisal included).</summary>
public sealed record ResolvedDto(long Early, long OnTime, long Late, long Total);

public sealed record RefusedDto(long AtReception, long AfterAppraisal);

/// <summary>
/// Percentages with one decimal, null when there is nothing to divide by, and the national index's
/// own numerator and denominator (dossiers handled in the period, and those of them on time).
/// </summary>
public sealed record OnTimeRatesDto(decimal? Decree61, decimal? NationalIndex, long IndexHandled, long IndexOnTime);

public sealed record ProcessingRowDto(
    NamedDto Key,
    string? Level,
    ReceivedDto Received,
    long CarriedOver,
    ResolvedDto Resolved,
    RefusedDto Refused,
    long Withdrawn,
    long Stopped,
    long InProgress,
    long Overdue,
    OnTimeRatesDto OnTimeRates,
    PortalSyncDto PortalSync)
{
    /// <summary>
    /// Decree 61 Art. 30: resolved on time (early included) over received in the period. National
    /// index (QĐ 766): dossiers ended or still running on time over all handled in the period.
    /// </summary>
    public static ProcessingRowDto Of(NamedDto key, string? level, ProcessingCounts counts) => new(
        key,
        level,
        new ReceivedDto(counts.ReceivedDirect, counts.ReceivedOnline, counts.ReceivedPostal, counts.Received),
        counts.CarriedOver,
        new ResolvedDto(counts.ResolvedEarly, counts.ResolvedOnTime, counts.ResolvedLate, counts.Resolved),
        new RefusedDto(counts.NotAccepted, counts.RefusedAfterAppraisal),
        counts.Withdrawn,
        counts.Stopped,
        counts.InProgress,
        counts.Overdue,
        new OnTimeRatesDto(
            Percent(counts.ResolvedEarly + counts.ResolvedOnTime, counts.Received),
            Percent(counts.IndexOnTime, counts.IndexHandled),
            counts.IndexHandled,
            counts.IndexOnTime),
        new PortalSyncDto(counts.PortalSynced, counts.PortalTotal, Percent(counts.PortalSynced, counts.PortalTotal)));

    public static decimal? Percent(long part, long whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The QĐ 766 indicator of synchronisation with the national portal: of the dossiers received in the
/// period, how many the portal holds in their current status, and the percentage (null when none was received).
/// </summary>
public sealed record PortalSyncDto(long Synced, long Total, decimal? Percent);

/// <summary>
/// The plan's target of procedures handled fully at the desk (received, appraised, approved and
/// returned there) for one level; <see cref="Target"/> is null where the plan of
/// <see cref="TargetPeriod"/>, the legal period the target was read from, sets none.
/// </summary>
public sealed record DeskHandledDto(NamedDto Level, int Procedures, int HandledFullyAtDesk, decimal? Share, int? Target, bool? Met, LegalPeriodDto TargetPeriod);

/// <summary>A legal period of the one-stop mechanism: its code, its decree, its first and last day (null while in force).</summary>
public sealed record LegalPeriodDto(string Code, string Decree, DateOnly From, DateOnly? To);
