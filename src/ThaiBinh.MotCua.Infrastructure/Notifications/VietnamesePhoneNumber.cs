using ThaiBinh.MotCua.Domain.Identifiers;

namespace ThaiBinh.MotCua.Infrastructure.Notifications;

/// <summary>
/// A Vietnamese mobile number as the operators' hubs want it: country code 84 then nine digits
/// (a citizen writes "0912 345 678", "+84912345678" or "84912345678"), and the operator its prefix
/// belongs to (the hub routes by it: "nhaMang").
/// </summary>
internal static class VietnamesePhoneNumber
{
    // Prefixes after the national 0, as the operators hold them since the 2018 renumbering.
    private static readonly Dictionary<string, string> OperatorByPrefix = Build(
        ("viettel", ["86", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39"]),
        ("vinaphone", ["88", "91", "94", "81", "82", "83", "84", "85"]),
        ("mobifone", ["89", "90", "93", "70", "76", "77", "78", "79"]),
        ("vietnamobile", ["92", "56", "58"]),
        ("gmobile", ["99", "59"]),
        ("itelecom", ["87"]));

    /// <summary>The number as 84 + nine digits (the national form's 0 dropped), or null when it is not a Vietnamese mobile number.</summary>
    public static string? ToInternational(string phone) =>
        MobileNumber.TryParse(phone, out var number) ? "84" + number.Value[1..] : null;

    /// <summary>The operator of a number in the form <see cref="ToInternational"/> gives, or null for a prefix no operator holds.</summary>
    public static string? OperatorOf(string international) =>
        OperatorByPrefix.GetValueOrDefault(international.Substring(2, 2));

    private static Dictionary<string, string> Build(params (string Operator, string[] Prefixes)[] operators) =>
        operators.SelectMany(o => o.Prefixes.Select(p => (p, o.Operator))).ToDictionary(x => x.p, x => x.Operator);
}
