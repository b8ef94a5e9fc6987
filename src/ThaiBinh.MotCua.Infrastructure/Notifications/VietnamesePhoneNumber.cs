using ThaiBinh.MotCua.Domain.Identifiers;

namespace ThaiBinh.MotCua.Infrastructure.Notifications;

/// <summary>
/// A Vietnamese mobile number as the operators' hubs want it (a citizen writes "0912 345 678",
/// "+84912345678" or "84912345678"): 84 then nine digits, and the operator the hub routes by
/// ("nhaMang"); the numbering plan itself is <see cref="MobileNumber"/>'s.
/// </summary>
internal static class VietnamesePhoneNumber
{
    /// <summary>The number as 84 + nine digits, or null when it is not a Vietnamese mobile number.</summary>
    public static string? ToInternational(string phone) =>
        MobileNumber.TryParse(phone, out var number) ? number.International : null;

    /// <summary>The operator of a number in the form <see cref="ToInternational"/> gives, or null for a number no operator holds.</summary>
    public static string? OperatorOf(string international) =>
        MobileNumber.TryParse(international, out var number) ? number.Operator : null;
}
