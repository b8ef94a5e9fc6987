using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThaiBinh.MotCua.Infrastructure.Seeding;

/// <summary>The GSO unit list as the dvhcvn dataset publishes it: province → districts → communes.</summary>
internal sealed record UnitTreeFile(
    [property: JsonPropertyName("level1_id")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Kind,
    [property: JsonPropertyName("level2s")] IReadOnlyList<UnitTreeFile.District> Districts)
{
    public static UnitTreeFile Load(string fileName)
    {
        using var stream = SeedFiles.Open(fileName);
        return JsonSerializer.Deserialize<UnitTreeFile>(stream)
            ?? throw new InvalidOperationException($"Seed file {fileName} is empty.");
    }

    internal sealed record District(
        [property: JsonPropertyName("level2_id")] string Code,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("type")] string Kind,
        [property: JsonPropertyName("level3s")] IReadOnlyList<Commune> Communes);

    internal sealed record Commune(
        [property: JsonPropertyName("level3_id")] string Code,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("type")] string Kind);
}
