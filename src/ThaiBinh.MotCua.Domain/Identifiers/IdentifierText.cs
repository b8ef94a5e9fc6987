using System.Text;

namespace ThaiBinh.MotCua.Domain.Identifiers;

/// <summary>Text clean-up shared by the identifier parsers.</summary>
internal static class IdentifierText
{
    /// <summary>
    /// Drops every whitespace character, not only ASCII spaces: officers type "034 090 001 234",
    /// and numbers pasted from PDFs or spreadsheets often carry tabs or non-breaking spaces.
    /// </summary>
    public static string RemoveWhitespace(string input)
    {
        var builder = new StringBuilder(input.Length);
        foreach (var c in input)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// ASCII 0–9 only: <see cref="char.IsDigit(char)"/> would also let through other scripts' digits
    /// (e.g. full-width "０"), which no register stores.
    /// </summary>
    public static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
