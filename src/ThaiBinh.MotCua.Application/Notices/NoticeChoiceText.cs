using ThaiBinh.MotCua.Domain.Identifiers;
using ThaiBinh.MotCua.Domain.Notices;

namespace ThaiBinh.MotCua.Application.Notices;

/// <summary>The citizen's notice choice in words, the same on the receipt, the dossier page and the API.</summary>
public static class NoticeChoiceText
{
    /// <summary>"tin nhắn SMS tới 0912 345 678", "thư điện tử tới an@example.vn", "Zalo tới số 0912 345 678", "không đăng ký".</summary>
    public static string Describe(NoticeChoice choice) => choice.Channel switch
    {
        NoticeChannel.Sms => $"tin nhắn SMS tới {Display(choice.Phone)}",
        NoticeChannel.Zalo => $"Zalo tới số {Display(choice.Phone)}",
        NoticeChannel.Email => $"thư điện tử tới {choice.Email}",
        _ => "không đăng ký",
    };

    /// <summary>The channel as the API spells it: none, sms, email, zalo.</summary>
    public static string Key(NoticeChannel channel) => channel.ToString().ToLowerInvariant();

    private static string Display(string? phone) => MobileNumber.TryParse(phone, out var number) ? number.Display : phone ?? string.Empty;
}
