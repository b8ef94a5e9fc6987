using System.Text.Json;
using System.Text.Json.Serialization;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Api.Json;

/// <summary>Writes every instant in Vietnam's offset (2026-02-25T10:00:00+07:00); reads any offset.</summary>
internal sealed class VietnamTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(VietnamTime.ToLocal(value));
}
