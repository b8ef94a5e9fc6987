using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Notices;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

/// <summary>
/// The citizen's notice choice as three columns of dossiers (notice_channel, notice_phone,
/// notice_email); the channel is stored by name ("none", "sms"…) so a row reads plainly in psql, and
/// older rows default to "none".
/// </summary>
internal static class NoticeChoiceMapping
{
    public static void Configure(OwnedNavigationBuilder<Dossier, NoticeChoice> notice)
    {
        notice.Property(n => n.Channel)
            .HasColumnName("notice_channel")
            .HasConversion(c => c.ToString().ToLowerInvariant(), s => Enum.Parse<NoticeChannel>(s, true))
            .HasMaxLength(8)
            .HasDefaultValue(NoticeChannel.None)
            .HasSentinel((NoticeChannel)(-1));
        notice.Property(n => n.Phone).HasColumnName("notice_phone").HasMaxLength(10);
        notice.Property(n => n.Email).HasColumnName("notice_email").HasMaxLength(Officer.MaxEmailLength);
        notice.Ignore(n => n.Recipient);
    }
}
