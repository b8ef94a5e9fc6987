using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Evaluations;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Offices;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<DossierEvaluation>
{
    public void Configure(EntityTypeBuilder<DossierEvaluation> builder)
    {
        builder.ToTable("dossier_evaluations", table =>
        {
            table.HasCheckConstraint("ck_dossier_evaluations_answers", $"answer_letters ~ '^[abc]{{{EvaluationForm.IndicatorCount}}}$'");
            table.HasCheckConstraint("ck_dossier_evaluations_overall", "overall BETWEEN 1 AND 3");
        });
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Ignore(e => e.Answers);
        builder.Property(e => e.DossierCode).HasMaxLength(64);
        builder.Property(e => e.AnswerLetters).HasMaxLength(EvaluationForm.IndicatorCount).IsFixedLength();
        builder.Property(e => e.Comment).HasMaxLength(DossierEvaluation.MaxCommentLength);

        // One evaluation per dossier: two attempts at once leave one row, the other is told so.
        builder.HasIndex(e => e.DossierId).IsUnique();
        builder.HasOne<Dossier>().WithMany().HasForeignKey(e => e.DossierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(e => e.ReceivedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(e => e.ReturnedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(e => e.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Office>().WithMany().HasForeignKey(e => e.ReceivingOfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Office>().WithMany().HasForeignKey(e => e.ReturningOfficeId).OnDelete(DeleteBehavior.Restrict);

        // The quarterly report reads a period of a scope.
        builder.HasIndex(e => e.At);
    }
}
