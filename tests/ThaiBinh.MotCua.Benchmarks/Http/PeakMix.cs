namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>
/// The merged province's peak hour: 2.5 receipts/s, 30 moves/s and 600 reads/s. The moves are
/// transfers of dossiers waiting at the centre's desk (a write with an audit entry, an outbox row and
/// a hand-off, like every move); the reads split over the read paths by the shares below, an
/// assumption of this benchmark (officers mostly open dossiers and their queue; citizens look up).
/// </summary>
public static class PeakMix
{
    public const double ReceiptsPerSecond = 2.5;

    public const double MovesPerSecond = 30;

    public const double ReadsPerSecond = 600;

    /// <summary>Shares of the reads, in the order of <see cref="BenchPaths.Reads"/>: queue, detail, lookup, overdue, receipt.</summary>
    private static readonly double[] ReadShares = [0.25, 0.35, 0.25, 0.05, 0.10];

    public static List<OfferedKind> Kinds(
        double fraction, Func<BenchRequest> receive, Func<BenchRequest?> move, IReadOnlyList<ReadPath> reads)
    {
        var kinds = new List<OfferedKind>
        {
            new("receive", ReceiptsPerSecond * fraction, receive),
            new("move", MovesPerSecond * fraction, move),
        };
        for (var i = 0; i < reads.Count; i++)
        {
            kinds.Add(new OfferedKind(reads[i].Short, ReadsPerSecond * ReadShares[i] * fraction, reads[i].Next));
        }

        return kinds;
    }
}
