using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ThaiBinh.MotCua.Api.OpenApi;

/// <summary>
/// Strings are read through the NFC converter, and the schema generator describes a value with a
/// custom converter as "anything": this puts back "string" (and "null" for a nullable member), so the document reads as before the converter.
/// </summary>
internal sealed class StringSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(string) && schema.Type is null)
        {
            schema.Type = IsNullable(context.JsonPropertyInfo) ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
        else if (context.JsonTypeInfo.Type == typeof(string[]) && schema.Items is null)
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String }; // the "errors" of a validation problem
        }

        return Task.CompletedTask;
    }

    private static bool IsNullable(JsonPropertyInfo? property) => property is not null && (property.IsGetNullable || property.IsSetNullable);
}
