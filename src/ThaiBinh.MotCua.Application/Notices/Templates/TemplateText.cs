using System.Text.RegularExpressions;

namespace ThaiBinh.MotCua.Application.Notices.Templates;

/// <summary>How a template names its values: {Name}, letters only.</summary>
public static partial class TemplateText
{
    /// <summary>The names between braces, in order, as written (known or not).</summary>
    public static IEnumerable<string> NamesIn(string? template) =>
        template is null ? [] : Token().Matches(template).Select(m => m.Groups[1].Value);

    /// <summary>Every {Name} replaced by its value; a name without a value is left as written.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Token().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    [GeneratedRegex(@"\{([^{}\r\n]*)\}")]
    private static partial Regex Token();
}
