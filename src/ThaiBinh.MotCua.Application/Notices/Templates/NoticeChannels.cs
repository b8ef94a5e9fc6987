namespace ThaiBinh.MotCua.Application.Notices.Templates;

/// <summary>The channel kinds a template is written for, as deliveries name their channel.</summary>
public static class NoticeChannels
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Zalo = "zalo";

    public static readonly string[] All = [Email, Sms, Zalo];

    /// <summary>The kind of the citizen's choice; null when they chose none.</summary>
    public static string? Of(Domain.Notices.NoticeChannel channel) => channel switch
    {
        Domain.Notices.NoticeChannel.Sms => Sms,
        Domain.Notices.NoticeChannel.Email => Email,
        Domain.Notices.NoticeChannel.Zalo => Zalo,
        _ => null,
    };
}
