using System.Text.Json;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Regimes;
using ThaiBinh.MotCua.Infrastructure.Seeding;

namespace ThaiBinh.MotCua.Infrastructure.Regimes;

/// <summary>
/// The legal periods of Seeding/Data/regimes.json, read once per process. The file is append-only and
/// ships with the code (a period starts on a legal date known in advance), so it needs no table.
/// </summary>
internal sealed class RegimeFile : IRegimes
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public RegimeFile()
    {
        using var stream = SeedFiles.Open("regimes.json");
        var file = JsonSerializer.Deserialize<FileShape>(stream, Json) ?? throw new InvalidOperationException("regimes.json is empty.");
        var periods = file.Regimes.OrderBy(r => r.ValidFrom).ToList();
        if (periods.Count == 0 || periods.Select(p => p.ValidFrom).Distinct().Count() != periods.Count)
        {
            throw new InvalidOperationException("regimes.json must list at least one period, each starting on its own day.");
        }

        All = [.. periods.Select((p, i) => new Regime(
            p.Code,
            p.ValidFrom,
            i + 1 < periods.Count ? periods[i + 1].ValidFrom.AddDays(-1) : null,
            p.Decree,
            p.Circular,
            p.SystemName,
            p.Brand,
            p.HeaderNamesProvince,
            p.Forms.ToDictionary(f => f.Key, f => new FormHeading(f.Value.Number, f.Value.Title, p.FormsSource), StringComparer.Ordinal),
            new Dictionary<string, int>(p.DeskHandledTargets, StringComparer.Ordinal)))];
    }

    public IReadOnlyList<Regime> All { get; }

    /// <summary>A day before the first period (no dossier is that old) takes the first one.</summary>
    public Regime For(DateOnly day) => All.LastOrDefault(r => r.ValidFrom <= day) ?? All[0];

    private sealed record FileShape(List<PeriodShape> Regimes);

    private sealed record PeriodShape(
        string Code,
        DateOnly ValidFrom,
        string Decree,
        string Circular,
        string SystemName,
        string Brand,
        bool HeaderNamesProvince,
        Dictionary<string, FormShape> Forms,
        string FormsSource,
        Dictionary<string, int> DeskHandledTargets);

    private sealed record FormShape(string Number, string Title);
}
