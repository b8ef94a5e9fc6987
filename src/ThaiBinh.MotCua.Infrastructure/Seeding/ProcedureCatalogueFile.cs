using System.Text.Json;
using System.Text.Json.Serialization;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Payments;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Infrastructure.Seeding;

/// <summary>One entry of Seeding/Data/procedures.json.</summary>
internal sealed record ProcedureCatalogueEntry(
    string Code,
    string Name,
    string Field,
    string Level,
    DateOnly ValidFrom,
    ProcedureCatalogueEntry.LimitEntry Limit,
    long FeeVnd,
    string? FeeNote,
    IReadOnlyList<RequiredDocument> RequiredDocuments,
    IReadOnlyList<ResultDelivery> ResultDelivery,
    bool HandledFullyAtDesk,
    SupplementPolicy SupplementPolicy,
    IReadOnlyList<RouteStep> Route,
    ProcedureCatalogueEntry.FeesEntry? Fees = null)
{
    public const string FileName = "procedures.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The entries grouped by first day, earliest first, each group with its entries' JSON text.</summary>
    public static IReadOnlyList<DatedGroup> LoadByValidFrom()
    {
        using var stream = SeedFiles.Open(FileName);
        using var json = JsonDocument.Parse(stream);
        return [.. json.RootElement.EnumerateArray()
            .Select(element => (Entry: element.Deserialize<ProcedureCatalogueEntry>(Json) ?? throw new InvalidDataException($"{FileName} holds an empty entry."), Text: element.GetRawText()))
            .GroupBy(e => e.Entry.ValidFrom)
            .OrderBy(g => g.Key)
            .Select(g => new DatedGroup(g.Key, [.. g.Select(e => e.Entry)], string.Join('\n', g.Select(e => e.Text))))];
    }

    public ProcessingLimit ToLimit() => new(Limit.Unit, Limit.Amount);

    public ProcedureVersion ToVersion() => new(
        Code, Level, ValidFrom, ToLimit(), FeeVnd, FeeNote, RequiredDocuments, ResultDelivery, HandledFullyAtDesk, SupplementPolicy, Route,
        Fees is null ? null : new FeeSchedule(Fees.Items, Fees.Collection, Fees.PausesClock));

    internal sealed record LimitEntry(LimitUnit Unit, int Amount);

    /// <summary>The fee items (<c>kind</c> fee = phí, charge = lệ phí), <c>collection</c> atReceipt or beforeResult, <c>pausesClock</c> in status 6.</summary>
    internal sealed record FeesEntry(IReadOnlyList<FeeItem> Items, FeeCollection Collection, bool PausesClock);

    internal sealed record DatedGroup(DateOnly ValidFrom, IReadOnlyList<ProcedureCatalogueEntry> Entries, string Text);
}
