using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Application.Common.Audit;
using ThaiBinh.MotCua.Infrastructure.Outbox;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class OutboxDeliveryConfiguration : IEntityTypeConfiguration<OutboxDeliveryRecord>
{
    public void Configure(EntityTypeBuilder<OutboxDeliveryRecord> builder)
    {
        builder.ToTable("outbox_deliveries", table => table.HasCheckConstraint(
            "ck_outbox_deliveries_state", "state IN ('pending', 'delivered', 'dead')"));
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Channel).HasMaxLength(OutboxDeliveryRecord.MaxChannelLength);
        builder.Property(d => d.Recipient).HasMaxLength(OutboxDeliveryRecord.MaxRecipientLength);
        builder.Property(d => d.OrderingKey).HasMaxLength(OutboxDeliveryRecord.MaxOrderingKeyLength);
        builder.Property(d => d.State).HasMaxLength(16);
        builder.Property(d => d.LastError).HasMaxLength(OutboxDeliveryRecord.MaxErrorLength);
        builder.Property(d => d.CreatedAt).HasDefaultValueSql("now()");
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.MessageId, d.Channel, d.Recipient }).IsUnique();

        // The claim: pending deliveries by next try; and the ordering check: pending deliveries of one key.
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("state = 'pending'").HasDatabaseName("ix_outbox_deliveries_due");
        builder.HasIndex(d => d.OrderingKey).HasFilter("state = 'pending' AND ordering_key IS NOT NULL").HasDatabaseName("ix_outbox_deliveries_pending_key");

        // The admin's list: by state, newest first.
        builder.HasIndex(d => new { d.State, d.CreatedAt });
    }
}
