namespace ThaiBinh.MotCua.Benchmarks.Scale;

/// <summary>What the scale subcommands assume unless told otherwise.</summary>
public static class ScaleDefaults
{
    /// <summary>The data set's "now": 2026-11-26 10:00 in Vietnam, a Thursday morning.</summary>
    public static readonly DateTimeOffset Anchor = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(7));
}

/// <summary>
/// The distributions of the generated history. Totals come from the command line; the shares are
/// fixed here so two runs with the same totals, anchor and seed load the same rows.
/// </summary>
public sealed record ScaleModel
{
    public long Dossiers { get; init; } = 10_000_000;

    /// <summary>Open dossiers (statuses 2, 4, 5, 6, 9) wanted at the anchor.</summary>
    public long Open { get; init; } = 300_000;

    /// <summary>The moment the history stops: what happened later is not written.</summary>
    public DateTimeOffset Anchor { get; init; } = ScaleDefaults.Anchor;

    public int Years { get; init; } = 10;

    public int Seed { get; init; } = 20261126;

    /// <summary>Intake grows this much a year.</summary>
    public double YearlyGrowth { get; init; } = 0.06;

    /// <summary>
    /// Share of the volume by the receiving office's level: one provincial centre (≈ 1,200 a working
    /// day at the end), 8 district desks (≈ 190 each), 286 commune desks (≈ 4.5 each).
    /// </summary>
    public IReadOnlyDictionary<string, double> LevelShares { get; init; } = new Dictionary<string, double>
    {
        ["province"] = 0.30,
        ["district"] = 0.38,
        ["commune"] = 0.32,
    };

    /// <summary>
    /// Relative weight of a procedure within its level ("code|level"), while its version is in force.
    /// The multi-day procedures stand for the many the shipped catalogue lacks (land, business…):
    /// a same-day procedure received before 15:00 can only end on time or late, so their share
    /// decides the early/on-time mix.
    /// </summary>
    public IReadOnlyDictionary<string, double> ProcedureWeights { get; init; } = new Dictionary<string, double>
    {
        ["2.000815|commune"] = 26, // chứng thực bản sao (trong ngày)
        ["2.000884|commune"] = 12, // chứng thực chữ ký (trong ngày)
        ["1.001193|commune"] = 10, // khai sinh (trong ngày)
        ["1.000894|commune"] = 5, // kết hôn (trong ngày)
        ["1.000656|commune"] = 3, // khai tử (trong ngày)
        ["2.000635|commune"] = 16, // bản sao trích lục hộ tịch (4 giờ)
        ["1.001776|commune"] = 28, // bảo trợ xã hội (22 ngày, liên thông huyện), from 2021-07
        ["2.000815|district"] = 18, // chứng thực (trong ngày)
        ["2.000528|district"] = 8, // hộ tịch (trong ngày)
        ["1.001612|district"] = 42, // hộ kinh doanh (3 ngày), from 2021-01
        ["1.009994|district"] = 32, // giấy phép xây dựng (15 ngày), from 2021-03
        ["2.000488|province"] = 40, // lý lịch tư pháp (10 ngày, xác minh tại Công an)
        ["2.001610|province"] = 30, // đăng ký doanh nghiệp (3 ngày), from 2021-01
        ["1.001978|province"] = 25, // việc làm (20 ngày)
        ["1.012289|province"] = 5, // khám bệnh, chữa bệnh (30 ngày), from 2024
    };

    /// <summary>Online share rises linearly over the history, from the first to the last value.</summary>
    public double OnlineFirst { get; init; } = 0.03;

    public double OnlineLast { get; init; } = 0.30;

    public double Postal { get; init; } = 0.025;

    public double NotAccepted { get; init; } = 0.01;

    public double Withdrawn { get; init; } = 0.01;

    public double OneSupplementRequest { get; init; } = 0.08;

    public double TwoSupplementRequests { get; init; } = 0.01;

    /// <summary>Of the dossiers asked for a supplement, those never supplemented and stopped (≈ 0.5 % of all).</summary>
    public double StoppedAfterRequest { get; init; } = 0.057;

    /// <summary>Refused after appraisal (proposed at the first assessment, signed at approval).</summary>
    public double Refused { get; init; } = 0.025;

    /// <summary>Ended after the due moment.</summary>
    public double Late { get; init; } = 0.045;

    /// <summary>
    /// Of the rest, ended before the due day when the route leaves time for it (a same-day procedure
    /// received before 15:00 can only be on time or late).
    /// </summary>
    public double EarlyWhenPossible { get; init; } = 0.95;

    /// <summary>Mean working days the citizen takes to bring a supplement (exponential, at least an hour).</summary>
    public double SupplementWaitDays { get; init; } = 5;

    /// <summary>
    /// Mean working days before a desk result is collected (exponential); a tenth of it for procedures
    /// of a day or less (the citizen waits or comes back the same day); online results go at once.
    /// </summary>
    public double CollectDays { get; init; } = 1.5;

    /// <summary>Open dossiers that are still in progress long after their due moment, as a share of the open target.</summary>
    public double StuckShareOfOpen { get; init; } = 0.07;

    /// <summary>Stuck dossiers were received between this many and <see cref="StuckMinAgeDays"/> working days before the anchor.</summary>
    public int StuckSpanDays { get; init; } = 250;

    public int StuckMinAgeDays { get; init; } = 20;

    /// <summary>
    /// Results wait uncollected with a probability falling linearly from the backlog share (ended at
    /// the anchor) to zero (ended this many working days before): the status 9 backlog.
    /// </summary>
    public int BacklogSpanDays { get; init; } = 250;

    /// <summary>
    /// Open dossiers the natural flow leaves at the anchor (received recently, results not yet
    /// collected), in working days of intake; the backlog makes up the rest of the target.
    /// </summary>
    public double NaturalOpenDays { get; init; } = 6;

    public static ScaleModel From(ScaleArguments options)
    {
        var model = new ScaleModel();
        var dossiers = options.Number("dossiers", model.Dossiers);
        return model with
        {
            Dossiers = dossiers,
            Open = options.Number("open", (long)Math.Round(dossiers * 0.03)),
            Anchor = options.Moment("anchor", model.Anchor),
            Years = (int)options.Number("years", model.Years),
            Seed = (int)options.Number("seed", model.Seed),
        };
    }

    /// <summary>Share of the dossiers that end normally (neither refused at the desk, withdrawn nor stopped).</summary>
    public double EndingNormally =>
        (1 - NotAccepted - Withdrawn) * (1 - ((OneSupplementRequest + TwoSupplementRequests) * StoppedAfterRequest));

    public double LevelShare(string level) => LevelShares.GetValueOrDefault(level);

    public double ProcedureWeight(string code, string level) => ProcedureWeights.GetValueOrDefault($"{code}|{level}", 1);
}
