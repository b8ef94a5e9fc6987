using System.Text.RegularExpressions;
using ThaiBinh.MotCua.Application;

namespace ThaiBinh.MotCua.Api.Errors;

/// <summary>
/// The field a minimal-API binding failure is about ("overdue=planet", "limit=99999999999",
/// "/days/2026-13-01"), read from the framework's message, the only place that names it.
/// </summary>
internal static partial class BindingFailure
{
    public static string? FieldOf(BadHttpRequestException exception) =>
        Pattern().Match(exception.Message) is { Success: true } match ? JsonNaming.CamelCase(match.Groups["name"].Value) : null;

    // Failed to bind parameter "bool? Overdue" from "planet".  /  Required parameter "int Limit" was not provided from query string.
    // Not a missing body ("... was not provided from body."): that is the whole request, not a field.
    [GeneratedRegex("""^(?:Failed to bind parameter "(?:[^"]* )?(?<name>\w+)" from|Required parameter "(?:[^"]* )?(?<name>\w+)" was not provided from (?!body))""", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
