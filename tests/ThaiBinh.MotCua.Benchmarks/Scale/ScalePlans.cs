using System.Globalization;
using Npgsql;

namespace ThaiBinh.MotCua.Benchmarks.Scale;

/// <summary>One month of the history: working seconds [From, To) and how many dossiers it receives.</summary>
public sealed record ScaleChunk(string Label, long From, long To, long Count, double OnlineShare);

/// <summary>How many dossiers of one office × procedure route a chunk receives, and when.</summary>
public readonly record struct ScaleCount(int PlanId, int Count, long From, long To);

/// <summary>The shares the targets yield: the uncollected backlog and the stuck dossiers.</summary>
public sealed record ScaleCalibration(long Anchor, double Backlog, double Stuck, double Natural, double BacklogTarget, double StuckTarget)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"open target: ≈{Natural:N0} in the natural flow, {StuckTarget:N0} stuck past due (p = {Stuck:P3} of the last year's intake), "
        + $"{BacklogTarget:N0} uncollected results (backlog share {Backlog:P1} at the anchor, falling to 0 over the span)");
}

/// <summary>The receiving offices' routes (scale.plan) and how the volume spreads over them.</summary>
public sealed class ScalePlans
{
    private readonly List<Plan> _plans;
    private readonly ScaleCalendar _calendar;
    private readonly int _catalogueStart;

    private ScalePlans(List<Plan> plans, ScaleCalendar calendar, int catalogueStart)
    {
        _plans = plans;
        _calendar = calendar;
        _catalogueStart = catalogueStart;
    }

    public int Count => _plans.Count;

    /// <summary>Reads scale.plan; office weights: the centre alone, districts by their communes, communes jittered.</summary>
    public static async Task<ScalePlans> LoadAsync(NpgsqlConnection connection, ScaleCalendar calendar, Random rng)
    {
        var rows = await ScaleSql.QueryAsync(connection, """
            SELECT p.plan_id, p.office_id, p.level, p.procedure_code, p.valid_from, v.valid_to, p.k, p.step_kind, p.resolved, o.children
            FROM scale.plan p
            JOIN procedure_versions v ON v.id = p.version_id
            JOIN scale.office o ON o.id = p.office_id
            ORDER BY p.plan_id
            """);
        var officeWeights = new Dictionary<Guid, double>();
        var plans = new List<Plan>();
        foreach (var row in rows)
        {
            var kinds = (string[])row[7]!;
            var k = (int)row[6]!;
            var usable = (bool)row[8]! && k is 4 or 5 && kinds[0] == "Receive" && kinds[1] == "Assess"
                && kinds[k - 2] == "Approve" && kinds[k - 1] == "Return" && (k == 4 || kinds[2] is "Verify" or "Assess");
            if (!usable)
            {
                ScaleGenerator.Say($"skipping route of plan {row[0]} ({row[3]} at office {row[1]}): only receive, assess, [verify|assess], approve, return routes are generated");
                continue;
            }

            var officeId = (Guid)row[1]!;
            var level = (string)row[2]!;
            if (!officeWeights.TryGetValue(officeId, out var weight))
            {
                weight = level switch
                {
                    "province" => 1,
                    "district" => Convert.ToDouble(row[9], CultureInfo.InvariantCulture) * (0.85 + (0.3 * rng.NextDouble())),
                    _ => Math.Exp(0.45 * Gaussian(rng)),
                };
                officeWeights[officeId] = weight;
            }

            plans.Add(new Plan((int)row[0]!, officeId, level, (string)row[3]!, (DateOnly)row[4]!, row[5] as DateOnly?, weight));
        }

        // The catalogue's first versions stand for the years before it (the shipped catalogue starts 2019-01-01).
        var first = plans.Min(p => p.ValidFrom);
        return new ScalePlans(plans, calendar, first.DayNumber);
    }

    /// <summary>Months from <paramref name="start"/> to the anchor, the volume growing by the yearly rate.</summary>
    public static List<ScaleChunk> Chunks(ScaleModel model, ScaleCalendar calendar, DateTimeOffset start)
    {
        var anchor = calendar.W(model.Anchor);
        var first = calendar.W(start);
        var bounds = new List<(string Label, long From, long To)>();
        var local = start.ToOffset(TimeSpan.FromHours(7));
        var month = new DateOnly(local.Year, local.Month, 1);
        var from = first;
        while (from < anchor)
        {
            var next = month.AddMonths(1);
            var to = Math.Min(calendar.Start(next), anchor);
            if (to > from)
            {
                bounds.Add((month.ToString("yyyy-MM", CultureInfo.InvariantCulture), from + 1, to + 1));
            }

            from = to;
            month = next;
        }

        var span = (double)(anchor - first);
        var weights = bounds.Select(b => (b.To - b.From) * Math.Pow(1 + model.YearlyGrowth, ((b.From + b.To) / 2.0 - first) / span * model.Years)).ToList();
        var sum = weights.Sum();
        var chunks = new List<ScaleChunk>();
        double running = 0;
        long given = 0;
        for (var i = 0; i < bounds.Count; i++)
        {
            running += model.Dossiers * weights[i] / sum;
            var upTo = i == bounds.Count - 1 ? model.Dossiers : (long)Math.Round(running);
            var online = model.OnlineFirst + ((model.OnlineLast - model.OnlineFirst) * (((bounds[i].From + bounds[i].To) / 2.0) - first) / span);
            chunks.Add(new ScaleChunk(bounds[i].Label, bounds[i].From, bounds[i].To, upTo - given, online));
            given = upTo;
        }

        return chunks;
    }

    /// <summary>Solves the backlog and stuck shares so the open dossiers at the anchor come near the target.</summary>
    public static ScaleCalibration Calibrate(ScaleModel model, ScaleCalendar calendar, List<ScaleChunk> chunks)
    {
        var anchor = calendar.W(model.Anchor);
        var backlogSpan = model.BacklogSpanDays * ScaleCalendar.Day;
        var stuckFrom = anchor - (model.StuckSpanDays * ScaleCalendar.Day);
        var stuckTo = anchor - (model.StuckMinAgeDays * ScaleCalendar.Day);
        double backlogExposure = 0, stuckExposure = 0;
        foreach (var chunk in chunks)
        {
            const int Samples = 64;
            double g = 0;
            for (var s = 0; s < Samples; s++)
            {
                var w = chunk.From + ((chunk.To - chunk.From) * (s + 0.5) / Samples);
                g += Math.Max(0, 1 - ((anchor - w) / backlogSpan));
            }

            backlogExposure += chunk.Count * g / Samples;
            var overlap = Math.Max(0, Math.Min(chunk.To, stuckTo) - Math.Max(chunk.From, stuckFrom));
            stuckExposure += chunk.Count * (double)overlap / (chunk.To - chunk.From);
        }

        var last = chunks[^1];
        var perDay = last.Count / ((last.To - last.From) / (double)ScaleCalendar.Day);
        var natural = perDay * model.NaturalOpenDays;
        var stuckTarget = model.Open * model.StuckShareOfOpen;
        var backlogTarget = Math.Max(0, model.Open - stuckTarget - natural);
        var backlog = backlogExposure > 0 ? backlogTarget / (model.EndingNormally * backlogExposure) : 0;
        var stuck = stuckExposure > 0 ? stuckTarget / (model.EndingNormally * stuckExposure) : 0;
        if (backlog > 1 || stuck > 1)
        {
            ScaleGenerator.Say($"warning: the open target {model.Open:N0} is too high for {model.Dossiers:N0} dossiers; shares capped at 100 %");
        }

        return new ScaleCalibration(anchor, Math.Min(backlog, 1), Math.Min(stuck, 1), natural, backlogTarget, stuckTarget);
    }

    /// <summary>Spreads a chunk's dossiers over the routes in force, by level, office and procedure weights.</summary>
    public List<ScaleCount> Counts(ScaleModel model, ScaleChunk chunk, Random rng)
    {
        var active = new List<(Plan Plan, long From, long To, double Weight)>();
        foreach (var plan in _plans)
        {
            var from = plan.ValidFrom.DayNumber == _catalogueStart ? long.MinValue : Start(plan.ValidFrom);
            var to = plan.ValidTo is { } last ? Start(last.AddDays(1)) : long.MaxValue;
            var lo = Math.Max(chunk.From, from);
            var hi = Math.Min(chunk.To, to);
            if (hi > lo)
            {
                active.Add((plan, lo, hi, model.ProcedureWeight(plan.ProcedureCode, plan.Level) * (hi - lo) / (chunk.To - chunk.From)));
            }
        }

        var levels = active.Select(a => a.Plan.Level).Distinct().ToList();
        var levelTotal = levels.Sum(model.LevelShare);
        var officeTotals = active.GroupBy(a => a.Plan.Level)
            .ToDictionary(g => g.Key, g => g.Select(a => a.Plan).DistinctBy(p => p.OfficeId).Sum(p => p.OfficeWeight));
        var procedureTotals = active.GroupBy(a => a.Plan.OfficeId).ToDictionary(g => g.Key, g => g.Sum(a => a.Weight));

        var counts = new List<ScaleCount>();
        var running = rng.NextDouble();
        var previous = (long)Math.Floor(running);
        foreach (var (plan, from, to, weight) in active)
        {
            running += chunk.Count * (model.LevelShare(plan.Level) / levelTotal)
                * (plan.OfficeWeight / officeTotals[plan.Level]) * (weight / procedureTotals[plan.OfficeId]);
            var now = (long)Math.Floor(running);
            if (now > previous)
            {
                counts.Add(new ScaleCount(plan.PlanId, (int)(now - previous), from, to));
            }

            previous = now;
        }

        // Rounding may leave one over or under: the biggest route absorbs it.
        var difference = chunk.Count - counts.Sum(c => (long)c.Count);
        if (difference != 0 && counts.Count > 0)
        {
            var biggest = counts.IndexOf(counts.MaxBy(c => c.Count));
            counts[biggest] = counts[biggest] with { Count = counts[biggest].Count + (int)difference };
        }

        return counts;

        long Start(DateOnly day) => _calendar.Start(day) + 1;
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private sealed record Plan(int PlanId, Guid OfficeId, string Level, string ProcedureCode, DateOnly ValidFrom, DateOnly? ValidTo, double OfficeWeight);
}
