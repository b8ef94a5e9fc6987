using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Application.Notices.Templates;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class NoticeTemplateConfiguration : IEntityTypeConfiguration<NoticeTemplate>
{
    public void Configure(EntityTypeBuilder<NoticeTemplate> builder)
    {
        builder.ToTable("notice_templates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.MessageType).HasMaxLength(64);
        builder.Property(t => t.Channel).HasMaxLength(8);
        builder.Property(t => t.Subject).HasMaxLength(NoticeTemplate.MaxSubjectLength);
        builder.Property(t => t.Body).HasMaxLength(NoticeTemplate.MaxBodyLength);
        builder.Property(t => t.UpdatedBy).HasMaxLength(Domain.Officers.Officer.MaxUsernameLength);
        builder.Property(t => t.Version).IsConcurrencyToken();

        // One template per message type and channel: the seeder's ON CONFLICT relies on it.
        builder.HasIndex(t => new { t.MessageType, t.Channel }).IsUnique();
    }
}
