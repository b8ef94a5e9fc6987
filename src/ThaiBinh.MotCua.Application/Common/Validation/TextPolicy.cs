using System.Globalization;
using System.Text;

namespace ThaiBinh.MotCua.Application.Common.Validation;

/// <summary>
/// The one policy for text sent to the API. Text is stored in Unicode NFC (Vietnamese typed with
/// combining marks, as some keyboards and macOS send it, would otherwise neither match nor sort
/// with the same word typed precomposed). Refused anywhere: NUL and other control characters
/// (PostgreSQL cannot store NUL; the others hide in printed forms and logs), format characters such
/// as the bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069), U+200E/U+200F, the byte order
/// mark and zero-width spaces (Vietnamese never needs them; they make a name display as another),
/// line and paragraph separators, lone surrogates and noncharacters. Multi-line fields (notes,
/// reasons, lists of documents to supplement) also accept line feed, carriage return and tab.
/// </summary>
public static class TextPolicy
{
    /// <summary>The NFC form of the text; unchanged when it cannot be normalised (the validators refuse it).</summary>
    public static string Normalize(string value)
    {
        try
        {
            return value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return value; // a lone surrogate: the validators refuse the text with its position
        }
    }

    /// <summary>The first character the policy refuses, or null when the text is acceptable.</summary>
    public static RefusedCharacter? FirstRefused(string value, bool multiLine)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, value[i + 1]);
                if (IsNoncharacter(codePoint) || CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Format)
                {
                    return new RefusedCharacter(i, codePoint, IsNoncharacter(codePoint) ? RefusedKind.InvalidUnicode : RefusedKind.Invisible);
                }

                i++;
                continue;
            }

            if (Kind(c, multiLine) is { } kind)
            {
                return new RefusedCharacter(i, c, kind);
            }
        }

        return null;
    }

    private static RefusedKind? Kind(char c, bool multiLine) => c switch
    {
        '\0' => RefusedKind.Nul,
        '\n' or '\r' or '\t' => multiLine ? null : RefusedKind.LineBreak,
        '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => RefusedKind.Bidi,
        _ when char.IsSurrogate(c) || IsNoncharacter(c) => RefusedKind.InvalidUnicode,
        _ => char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control => RefusedKind.Control,
            UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => RefusedKind.Invisible,
            _ => null,
        },
    };

    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}

public enum RefusedKind
{
    Nul,
    Control,
    LineBreak,
    Bidi,
    Invisible,
    InvalidUnicode,
}

/// <summary>A character the text policy refuses, where it is, and what to tell the person who typed it.</summary>
public sealed record RefusedCharacter(int Index, int CodePoint, RefusedKind Kind)
{
    public string Message
    {
        get
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"U+{CodePoint:X4}");
            var what = Kind switch
            {
                RefusedKind.Nul => $"ký tự rỗng (NUL, {code})",
                RefusedKind.Control => $"ký tự điều khiển {code}",
                RefusedKind.LineBreak => $"ký tự xuống dòng hoặc tab ({code}); trường này chỉ nhập trên một dòng",
                RefusedKind.Bidi => $"ký tự đảo chiều văn bản {code}",
                RefusedKind.Invisible => $"ký tự ẩn {code}",
                _ => $"ký tự Unicode không hợp lệ {code}",
            };
            return string.Create(CultureInfo.InvariantCulture, $"Có {what} ở vị trí {Index + 1}; hãy xóa ký tự này rồi gửi lại.");
        }
    }
}
