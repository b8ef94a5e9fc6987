using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Identifiers;

namespace ThaiBinh.MotCua.Domain.Notices;

/// <summary>
/// The citizen's choice at the desk: by which channel, and to which mobile number (SMS, Zalo, which
/// finds the citizen by phone) or address (email), they are told what happens to their dossier.
/// Only the contact the channel needs is kept.
/// </summary>
public sealed record NoticeChoice
{
    private NoticeChoice(NoticeChannel channel, string? phone, string? email)
    {
        Channel = channel;
        Phone = phone;
        Email = email;
    }

    /// <summary>A new instance each time: the store tracks a choice as part of its one dossier, never shared.</summary>
    public static NoticeChoice None => new(NoticeChannel.None, null, null);

    public NoticeChannel Channel { get; private init; }

    /// <summary>National form "0912345678", for SMS and Zalo.</summary>
    public string? Phone { get; private init; }

    /// <summary>For email.</summary>
    public string? Email { get; private init; }

    /// <summary>Whom the channel sends to; null when the citizen wants no notice.</summary>
    public string? Recipient => Channel switch
    {
        NoticeChannel.Sms or NoticeChannel.Zalo => Phone,
        NoticeChannel.Email => Email,
        _ => null,
    };

    public static NoticeChoice Of(NoticeChannel channel, string? phone, string? email) => channel switch
    {
        NoticeChannel.None => None,
        NoticeChannel.Sms or NoticeChannel.Zalo => new(channel, MobileNumber.Parse(phone).Value, null),
        NoticeChannel.Email => new(channel, null, RequireEmail(email)),
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    private static string RequireEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal)
            ? throw new DomainRuleException("notice-choice.email", "Thiếu địa chỉ thư điện tử nhận thông báo.")
            : email.Trim();
}
