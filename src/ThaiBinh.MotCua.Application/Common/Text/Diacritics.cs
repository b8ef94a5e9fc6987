using System.Globalization;
using System.Text;

namespace ThaiBinh.MotCua.Application.Common.Text;

/// <summary>Vietnamese written without tone and vowel marks: how officers search and how an SMS is sent.</summary>
public static class Diacritics
{
    /// <summary>
    /// "Đăng ký khai sinh" → "Dang ky khai sinh", case kept. đ and Đ are letters of their own in
    /// Unicode, not a d with a mark, so they are mapped by hand; every combining mark is dropped.
    /// </summary>
    public static string Remove(string text)
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
                'đ' => 'd',
                'Đ' => 'D',
                _ => c,
            });
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
