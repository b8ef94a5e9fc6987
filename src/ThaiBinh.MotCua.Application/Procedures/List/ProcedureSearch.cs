using System.Globalization;
using System.Text;

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

    /// <summary>Lower case without tone or vowel marks; đ is a letter of its own in Unicode, not a d with a mark, so it is mapped by hand.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        return folded.ToString();
    }
}
