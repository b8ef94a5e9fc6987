using System.Text.Json;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>An RFC 9457 body as the tests read it.</summary>
public sealed record Problem(
    string? Type,
    string? Title,
    int? Status,
    string? Detail,
    string? Code,
    string? TraceId,
    Dictionary<string, string[]>? Errors,
    string? Exception)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<Problem>(await response.Content.ReadAsStringAsync(), Json)!;
    }

    public bool Equals(Problem? other) =>
        other is not null && Type == other.Type && Title == other.Title && Status == other.Status
        && Detail == other.Detail && Code == other.Code && TraceId == other.TraceId;

    public override int GetHashCode() => HashCode.Combine(Type, Title, Status, Detail, Code, TraceId);
}
