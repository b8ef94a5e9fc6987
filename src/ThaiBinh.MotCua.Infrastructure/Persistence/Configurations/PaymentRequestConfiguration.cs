using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Payments;
using ThaiBinh.MotCua.Infrastructure.Persistence.Conventions;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class PaymentRequestConfiguration : IEntityTypeConfiguration<PaymentRequest>
{
    /// <summary>The requests the reconciliation job asks the platform about (status Pending).</summary>
    public const string PendingFilter = "status = 'Pending'";

    public void Configure(EntityTypeBuilder<PaymentRequest> builder)
    {
        builder.ToTable("payment_requests");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.DossierCode).HasMaxLength(64);
        builder.Property(p => p.Reference).HasMaxLength(PaymentRequest.MaxReferenceLength);
        builder.Property(p => p.Items).HasJsonConversion();
        builder.Property(p => p.Collection).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.TransactionId).HasMaxLength(PaymentRequest.MaxTextLength);
        builder.Property(p => p.PayUrl).HasMaxLength(2000);
        builder.Property(p => p.FailureReason).HasMaxLength(PaymentRequest.MaxTextLength);
        builder.Property(p => p.RefundReason).HasMaxLength(PaymentRequest.MaxTextLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.IsSettled);

        builder.HasOne<Dossier>().WithMany().HasForeignKey(p => p.DossierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(p => p.RequestedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(p => p.CollectedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(p => p.RefundedById).OnDelete(DeleteBehavior.Restrict);

        // MaThamChieu: the callback and the QUERY find the request by it, and the platform takes it once.
        builder.HasIndex(p => p.Reference).IsUnique();
        builder.HasIndex(p => new { p.DossierId, p.CreatedAt });
        // The reconciliation reads the pending requests by the time they were sent.
        builder.HasIndex(p => p.SentAt).HasFilter(PendingFilter).HasDatabaseName("ix_payment_requests_pending");
    }
}

internal sealed class RejectedPaymentCallbackConfiguration : IEntityTypeConfiguration<RejectedPaymentCallback>
{
    public void Configure(EntityTypeBuilder<RejectedPaymentCallback> builder)
    {
        builder.ToTable("rejected_payment_callbacks");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.Reason).HasMaxLength(RejectedPaymentCallback.MaxReasonLength);
        builder.Property(r => r.Reference).HasMaxLength(PaymentRequest.MaxReferenceLength);
        builder.Property(r => r.Payload).HasColumnType("jsonb");
        builder.Property(r => r.RemoteAddress).HasMaxLength(64);
        builder.HasIndex(r => r.ReceivedAt);
    }
}
