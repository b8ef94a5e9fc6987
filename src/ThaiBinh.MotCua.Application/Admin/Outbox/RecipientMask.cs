using System.Text.RegularExpressions;

namespace ThaiBinh.MotCua.Application.Admin.Outbox;

/// <summary>
/// A citizen's phone or address as an admin list shows it: enough to tell two apart, not enough to
/// copy (0912345612 → 09******12, an.nguyen@gmail.com → a*******@gmail.com). Officer ids and outside
/// systems' names are shown as they are.
/// </summary>
public static partial class RecipientMask
{
    public static string Of(string recipient)
    {
        if (PhoneNumber().IsMatch(recipient))
        {
            return recipient[..2] + new string('*', recipient.Length - 4) + recipient[^2..];
        }

        var at = recipient.IndexOf('@', StringComparison.Ordinal);
        return at > 0 ? recipient[..1] + new string('*', Math.Max(1, at - 1)) + recipient[at..] : recipient;
    }

    [GeneratedRegex(@"^\+?[0-9]{7,15}$")]
    private static partial Regex PhoneNumber();
}
