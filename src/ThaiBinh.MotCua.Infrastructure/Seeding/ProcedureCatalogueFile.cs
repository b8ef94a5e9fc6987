using System.Text.Json;
using System.Text.Json.Serialization;
using ThaiBinh.MotCua.Domain.Calendar;
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
    IReadOnlyList<RouteStep> Route)
{
    public const string FileName = "procedures.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static IReadOnlyList<ProcedureCatalogueEntry> Load()
    {
        using var stream = SeedFiles.Open(FileName);
        return JsonSerializer.Deserialize<List<ProcedureCatalogueEntry>>(stream, Json)
            ?? throw new InvalidOperationException($"{FileName} is empty.");
    }

    public ProcessingLimit ToLimit() => new(Limit.Unit, Limit.Amount);

    public ProcedureVersion ToVersion() => new(
        Code, Level, ValidFrom, ToLimit(), FeeVnd, FeeNote, RequiredDocuments, ResultDelivery, HandledFullyAtDesk, SupplementPolicy, Route);

    internal sealed record LimitEntry(LimitUnit Unit, int Amount);
}
