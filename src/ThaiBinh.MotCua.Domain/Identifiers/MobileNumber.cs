using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ThaiBinh.MotCua.Domain.Identifiers;

/// <summary>
/// A Vietnamese mobile number, stored in its national form "0" + 9 digits ("0912345678") whatever
/// way it was typed ("+84 912 345 678", "84912345678", "0912.345.678"), so one subscriber has one
/// spelling. Only the mobile prefixes in use since the 2018 renumbering (03x, 05x, 07x, 08x, 09x)
/// are accepted: a landline cannot receive an SMS or a Zalo message.
/// </summary>
public sealed record MobileNumber
{
    public const string Rule = "mobile-number.format";

    public const string Message =
        "Số điện thoại di động không hợp lệ: nhập 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09 (ví dụ 0912 345 678), hoặc dạng +84 912 345 678.";

    // The prefixes after the national 0 since the 2018 renumbering, and the operator holding each (the
    // SMS hubs route by it). 055 (Reddi) runs on MobiFone's network: counted as MobiFone, inferred.
    private static readonly Dictionary<string, string> OperatorByPrefix = new[]
    {
        ("viettel", new[] { "86", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39" }),
        ("vinaphone", ["88", "91", "94", "81", "82", "83", "84", "85"]),
        ("mobifone", ["89", "90", "93", "70", "76", "77", "78", "79", "55"]),
        ("vietnamobile", ["92", "52", "56", "58"]),
        ("gmobile", ["99", "59"]),
        ("itelecom", ["87"]),
    }.SelectMany(o => o.Item2.Select(prefix => (prefix, o.Item1))).ToDictionary(x => x.prefix, x => x.Item2);

    private MobileNumber(string value) => Value = value;

    /// <summary>"0" followed by nine digits.</summary>
    public string Value { get; }

    /// <summary>The operator holding the number's prefix: viettel, vinaphone, mobifone, vietnamobile, gmobile or itelecom.</summary>
    public string Operator => OperatorByPrefix[Value[1..3]];

    /// <summary>The number as the hubs want it: 84 and the nine digits after the national 0.</summary>
    public string International => "84" + Value[1..];

    /// <summary>As the desk reads it aloud: "0912 345 678".</summary>
    public string Display => string.Create(CultureInfo.InvariantCulture, $"{Value[..4]} {Value[4..7]} {Value[7..]}");

    public static MobileNumber Parse(string? input) =>
        TryParse(input, out var number) ? number : throw new Common.DomainRuleException(Rule, Message);

    public static bool TryParse(string? input, [NotNullWhen(true)] out MobileNumber? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var text = IdentifierText.RemoveWhitespace(input).Replace(".", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var subscriber = text switch
        {
            _ when text.StartsWith("+84", StringComparison.Ordinal) => text[3..],
            _ when text.StartsWith("84", StringComparison.Ordinal) && text.Length == 11 => text[2..],
            _ when text.StartsWith('0') => text[1..],
            _ => null,
        };
        if (subscriber is null || subscriber.Length != 9 || !IdentifierText.IsAsciiDigits(subscriber) || !OperatorByPrefix.ContainsKey(subscriber[..2]))
        {
            return false;
        }

        number = new MobileNumber("0" + subscriber);
        return true;
    }

    public override string ToString() => Value;
}
