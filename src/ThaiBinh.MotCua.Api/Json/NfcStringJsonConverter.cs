using System.Text.Json;
using System.Text.Json.Serialization;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Api.Json;

/// <summary>
/// Every string read from a request body is brought to NFC here, the one place, so what the
/// validators check and what the database stores is the normalised text (see <see cref="TextPolicy"/>).
/// </summary>
internal sealed class NfcStringJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } value ? TextPolicy.Normalize(value) : null;

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
