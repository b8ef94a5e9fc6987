using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

/// <summary>What every change-set file of Seeding/Data begins with.</summary>
internal sealed record ChangeSetHeader(string Id, DateOnly EffectiveFrom, string LegalSource, string Description)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static T Load<T>(string fileName)
    {
        using var stream = SeedFiles.Open(fileName);
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"{fileName} is empty.");
    }
}
