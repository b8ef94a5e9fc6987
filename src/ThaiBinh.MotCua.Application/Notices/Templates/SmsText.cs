using System.Text;
using ThaiBinh.MotCua.Application.Common.Text;

namespace ThaiBinh.MotCua.Application.Notices.Templates;

/// <summary>
/// An SMS as brandname gateways take it: plain ASCII (no diacritics, which would switch the message to
/// UCS-2 and a third of the length), within two concatenated GSM-7 segments (2 × 153 = 306 septets;
/// 160 for a single one). The free text of a notice (names, reasons) is cut with "..." to fit; the
/// dossier code and the dates never are.
/// </summary>
public static class SmsText
{
    public const int TwoSegments = 306;
    public const int OneSegment = 160;

    /// <summary>A value cut shorter than this says nothing useful: a template that leaves less is too long.</summary>
    public const int MinimumKept = 20;

    private const string Ellipsis = "...";

    /// <summary>GSM-7 characters that take two septets (the escape and the character).</summary>
    private const string Extended = "^{}\\[~]|";

    /// <summary>The text without diacritics and with only printable ASCII and line feeds left.</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in Diacritics.Remove(text))
        {
            folded.Append(c switch
            {
                '\n' => "\n",
                '\r' => string.Empty,
                '–' or '—' or '‐' or '−' => "-",
                '“' or '”' or '„' => "\"",
                '‘' or '’' => "'",
                '…' => Ellipsis,
                '`' => "'",
                _ when char.IsWhiteSpace(c) => " ",
                _ when c is >= ' ' and <= '~' => c.ToString(),
                _ => "?",
            });
        }

        return folded.ToString();
    }

    /// <summary>Length in GSM-7 septets of folded text.</summary>
    public static int Septets(string folded) => folded.Length + folded.Count(c => Extended.Contains(c));

    /// <summary>
    /// The template filled with its values, folded, within <see cref="TwoSegments"/>: shortenable values
    /// share what the fixed text leaves, each cut no shorter than <see cref="MinimumKept"/>; null when
    /// even that does not fit.
    /// </summary>
    public static string? Compose(string template, IReadOnlyDictionary<string, string> values, IReadOnlyList<Placeholder> placeholders)
    {
        var folded = values.ToDictionary(v => v.Key, v => Fold(v.Value));
        var used = TemplateText.NamesIn(template).ToList();
        var shortenable = placeholders.Where(p => p.Shortenable && used.Contains(p.Name)).Select(p => p.Name).ToHashSet();
        var fixedValues = folded.Where(v => !shortenable.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value);
        var skeleton = Fold(TemplateText.Fill(template, fixedValues.Concat(shortenable.Select(n => KeyValuePair.Create(n, string.Empty))).ToDictionary()));
        var budget = TwoSegments - Septets(skeleton);
        var occurrences = shortenable.ToDictionary(n => n, n => used.Count(u => u == n));
        var allowed = Share(budget, shortenable.ToDictionary(n => n, n => Septets(folded.GetValueOrDefault(n, string.Empty))), occurrences);
        if (allowed is null)
        {
            return null;
        }

        var cut = fixedValues.Concat(allowed.Select(a => KeyValuePair.Create(a.Key, Cut(folded.GetValueOrDefault(a.Key, string.Empty), a.Value)))).ToDictionary();
        var text = Fold(TemplateText.Fill(template, cut)).Trim();
        return Septets(text) <= TwoSegments ? text : null;
    }

    /// <summary>
    /// Septets allowed per value: the budget shared equally among the values that need more than their
    /// share, the others keeping all of theirs (water filling); null when a value would keep less than
    /// <see cref="MinimumKept"/>.
    /// </summary>
    private static Dictionary<string, int>? Share(int budget, Dictionary<string, int> lengths, Dictionary<string, int> occurrences)
    {
        var allowed = new Dictionary<string, int>();
        var pending = lengths.Keys.ToList();
        var left = budget;
        while (pending.Count > 0)
        {
            var weight = pending.Sum(n => occurrences[n]);
            var share = weight == 0 ? left : left / weight;
            var fitting = pending.Where(n => lengths[n] <= share).ToList();
            if (fitting.Count == 0)
            {
                if (share < MinimumKept)
                {
                    return null;
                }

                pending.ForEach(n => allowed[n] = share);
                break;
            }

            foreach (var name in fitting)
            {
                allowed[name] = lengths[name];
                left -= lengths[name] * occurrences[name];
                pending.Remove(name);
            }
        }

        return allowed;
    }

    private static string Cut(string value, int septets)
    {
        if (Septets(value) <= septets)
        {
            return value;
        }

        var kept = new StringBuilder();
        var size = Ellipsis.Length;
        foreach (var c in value)
        {
            var cost = Extended.Contains(c) ? 2 : 1;
            if (size + cost > septets)
            {
                break;
            }

            kept.Append(c);
            size += cost;
        }

        return kept.ToString().TrimEnd() + Ellipsis;
    }
}
