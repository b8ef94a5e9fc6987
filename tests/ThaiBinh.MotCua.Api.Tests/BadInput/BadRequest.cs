using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ThaiBinh.MotCua.Api.Tests.BadInput;

/// <summary>
/// One malformed request and the refusal it must get. <see cref="Route"/> is the endpoint's route
/// pattern (to check every endpoint is tried); the path and body are built when the case runs, from
/// the dossiers and the valid receipt body of <see cref="BadInputContext"/>.
/// </summary>
public sealed record BadRequest(
    string Name,
    string Route,
    string? User,
    Func<BadInputContext, string> Path,
    Func<BadInputContext, HttpContent?>? Body,
    int Status,
    string? Field)
{
    public string Method => Route.Split(' ')[0];

    public const string Placeholder = "@@bad@@";

    /// <summary>
    /// A JSON body holding <paramref name="bad"/> where the template says <see cref="Placeholder"/>,
    /// written as \u escapes so the request carries exactly those characters, lone surrogates included.
    /// </summary>
    public static HttpContent Json(JsonNode template, string bad) =>
        Raw(template.ToJsonString().Replace($"\"{Placeholder}\"", JsonLiteral(bad), StringComparison.Ordinal));

    public static HttpContent Raw(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    public static string JsonLiteral(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < 0x20 || c > 0x7E)
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    public override string ToString() => Name;
}

/// <summary>What the cases need from the running host: two dossiers and a receipt body that would be accepted.</summary>
public sealed record BadInputContext(string Received, string InProgress, JsonObject Receipt, DateTimeOffset Now)
{
    /// <summary>The valid receipt with one field (a path such as "applicant.fullName" or "documents[0].name") set to the placeholder.</summary>
    public JsonObject ReceiptWith(string field, JsonNode? value)
    {
        var body = (JsonObject)Receipt.DeepClone();
        JsonNode parent = body;
        var parts = field.Split('.');
        foreach (var part in parts[..^1])
        {
            parent = Step(parent, part)!;
        }

        var last = parts[^1];
        if (last.EndsWith(']'))
        {
            var name = last[..last.IndexOf('[')];
            var index = int.Parse(last[(last.IndexOf('[') + 1)..^1], CultureInfo.InvariantCulture);
            parent[name]![index] = value;
        }
        else
        {
            parent[last] = value;
        }

        return body;
    }

    private static JsonNode? Step(JsonNode node, string part) =>
        part.EndsWith(']')
            ? node[part[..part.IndexOf('[')]]![int.Parse(part[(part.IndexOf('[') + 1)..^1], CultureInfo.InvariantCulture)]
            : node[part];
}

/// <summary>A body whose length is not announced (sent chunked), so only reading it reveals its size.</summary>
public sealed class UnannouncedLengthContent : HttpContent
{
    private readonly byte[] _bytes;

    public UnannouncedLengthContent(byte[] bytes)
    {
        _bytes = bytes;
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
    }

    protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
