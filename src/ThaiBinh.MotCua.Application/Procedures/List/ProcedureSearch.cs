using System.Text;
using ThaiBinh.MotCua.Application.Common.Text;

namespace ThaiBinh.MotCua.Application.Procedures.List;

/// <summary>
/// How the desk finds a procedure: every word typed appears in its name or its national code,
/// ignoring case and Vietnamese diacritics, because officers often type without tones
/// ("khai sinh", "dang ky" find "Đăng ký khai sinh").
/// </summary>
public sealed class ProcedureSearch
{
    private readonly string[] _words;

    public ProcedureSearch(string? search) =>
        _words = Fold(search ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool Matches(string name, string code)
    {
        if (_words.Length == 0)
        {
            return true;
        }

        var haystack = Fold(name) + " " + code.ToLowerInvariant();
        return _words.All(w => haystack.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Lower case without tone or vowel marks, any whitespace a plain space.</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in Diacritics.Remove(text))
        {
            folded.Append(char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c));
        }

        return folded.ToString();
    }
}
