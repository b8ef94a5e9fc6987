using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Procedures;
using ThaiBinh.MotCua.Domain.Units;
using ThaiBinh.MotCua.Infrastructure.Persistence.Conventions;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    /// <summary>
    /// The domain's <see cref="DossierStatusExtensions.Open"/> as the numbers SQL spells (a test binds
    /// the two): received, in progress, waiting for a supplement or a payment, result ready.
    /// </summary>
    public const string OpenStatuses = "2, 4, 5, 6, 9";

    /// <summary>Open dossiers.</summary>
    public const string OpenStatusFilter = $"status IN ({OpenStatuses})";

    /// <summary>Open dossiers the flagging job found due soon (1) or overdue (2).</summary>
    public const string FlaggedFilter = $"{OpenStatusFilter} AND due_state IN (1, 2)";

    /// <summary>
    /// Dossiers not ended yet (no result, refusal, withdrawal or stop): the processing report reads them
    /// live, everything ended comes from the daily facts the dossiers' trigger keeps (ReportFactsBackfill).
    /// </summary>
    public const string NotEndedFilter = "ended_at IS NULL";

    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Code).HasMaxLength(64);
        builder.Property(d => d.ProcedureCode).HasMaxLength(Procedure.MaxCodeLength);
        builder.Property(d => d.Status).HasConversion<int>();
        builder.Property(d => d.Channel).HasConversion<int>();
        builder.Property(d => d.ResultDelivery).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.LimitUnit).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.SupplementPolicy).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.ProposedOutcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.ReturnTimeliness).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Note).HasMaxLength(Dossier.MaxReasonLength);
        builder.Property(d => d.Reasons).HasMaxLength(Dossier.MaxReasonLength);
        builder.Property(d => d.SupplementItems).HasMaxLength(Dossier.MaxReasonLength);
        builder.Property(d => d.SupplementReasons).HasMaxLength(Dossier.MaxReasonLength);
        builder.Property(d => d.ExtensionReason).HasMaxLength(Dossier.MaxReasonLength);
        builder.Property(d => d.ReturnedTo).HasMaxLength(200);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.DueState).HasConversion<short>();
        builder.Property(d => d.StepDueState).HasConversion<short>();
        builder.Ignore(d => d.Limit);
        builder.Ignore(d => d.ClockHistory);
        builder.Ignore(d => d.CurrentStep);
        builder.Ignore(d => d.CurrentHandoff);
        builder.Ignore(d => d.DomainEvents);

        // The national portal's sync state of the dossier (NationalPortal/PortalSyncState): not the domain's.
        builder.Property<DateTimeOffset?>("PortalSyncedAt");
        builder.Property<int?>("PortalSyncedStatus");
        builder.Property<int?>("PortalSyncedVersion");
        builder.Property<string?>("PortalSyncError").HasMaxLength(NationalPortal.PortalSyncState.MaxErrorLength);

        builder.HasOne<Application.Population.PopulationLookup>().WithMany().HasForeignKey(d => d.IdentityLookupId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(d => d.IdentityVerified);

        builder.OwnsOne(d => d.Applicant, ApplicantMapping.Configure);
        builder.Navigation(d => d.Applicant).IsRequired();
        builder.OwnsOne(d => d.Notice, NoticeChoiceMapping.Configure);
        builder.Navigation(d => d.Notice).IsRequired();

        builder.Property<List<PlannedStep>>("_steps").HasColumnName("steps").HasJsonConversion();
        builder.Property<List<SubmittedDocument>>("_documents").HasColumnName("documents").HasJsonConversion();
        builder.Property<List<ClockPause>>("_pauses").HasColumnName("pauses").HasJsonConversion();
        builder.Ignore(d => d.Steps);
        builder.Ignore(d => d.Documents);
        builder.Ignore(d => d.Pauses);

        builder.OwnsMany(d => d.Handoffs, handoff =>
        {
            handoff.ToTable("dossier_handoffs");
            handoff.WithOwner().HasForeignKey("DossierId");
            handoff.HasKey("DossierId", nameof(Handoff.Sequence));
            handoff.Property(h => h.Sequence).ValueGeneratedNever();
            handoff.Property(h => h.Timeliness).HasConversion<string>().HasMaxLength(16);
            handoff.HasIndex(h => h.ToOfficeId);
        });
        builder.Navigation(d => d.Handoffs).HasField("_handoffs").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(d => d.Actions, action =>
        {
            action.ToTable("dossier_actions");
            action.WithOwner().HasForeignKey("DossierId");
            action.HasKey("DossierId", nameof(DossierAction.Sequence));
            action.Property(a => a.Sequence).ValueGeneratedNever();
            action.Property(a => a.Action).HasMaxLength(32);
            action.Property(a => a.FromStatus).HasConversion<int?>();
            action.Property(a => a.ToStatus).HasConversion<int>();
            action.Property(a => a.Note).HasMaxLength(Dossier.MaxReasonLength + 200);
            // The national portal's sync state of the row (NationalPortal/PortalSyncState): not the domain's.
            action.Property<DateTimeOffset?>("PortalSyncedAt");
        });
        builder.Navigation(d => d.Actions).HasField("_actions").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasOne<ProcedureVersion>().WithMany().HasForeignKey(d => d.ProcedureVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Office>().WithMany().HasForeignKey(d => d.ReceivingOfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Office>().WithMany().HasForeignKey(d => d.CurrentOfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Office>().WithMany().HasForeignKey(d => d.CompetentOfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(d => d.ApplicantUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(d => d.ReceivedById).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(d => d.Code).IsUnique();
        builder.HasIndex(d => new { d.ReceivingOfficeId, d.ReceivedAt });
        // Reports and supervision counted by the competent office instead of the receiving desk.
        builder.HasIndex(d => new { d.CompetentOfficeId, d.ReceivedAt });
        builder.HasIndex(d => new { d.CurrentOfficeId, d.DueAt });
        // The work queue: an office's open dossiers in due order, a page read as a range of this index
        // whatever the office's history (its closed dossiers are not in it).
        // The tabs' counts read status and holder from it too (an index-only scan of the office's queue).
        builder.HasIndex(d => new { d.CurrentOfficeId, d.DueAt, d.Code })
            .IncludeProperties(d => new { d.Status, d.CurrentHolderId })
            .HasFilter(OpenStatusFilter)
            .HasDatabaseName("ix_dossiers_open_queue");

        // The overdue flagging job reads open dossiers from this index alone (an index-only scan);
        // supervision lists read overdue and due-soon ones by due moment.
        builder.HasIndex(d => d.DueAt)
            .IncludeProperties(d => new { d.Id, d.Status, d.ReceivingOfficeId, d.CurrentStepDueAt, d.PausedAt, d.DueState, d.StepDueState })
            .HasFilter(OpenStatusFilter)
            .HasDatabaseName("ix_dossiers_open_flags");
        // Supervision lists: flagged (due soon or overdue) open dossiers in due order. Overdue ones
        // come first in that order, so a page of them is the first entries of the index. A commune's
        // or district's list reads its offices' entries without walking the province's.
        builder.HasIndex(d => new { d.DueAt, d.Code })
            .HasFilter(FlaggedFilter)
            .HasDatabaseName("ix_dossiers_flagged");
        builder.HasIndex(d => new { d.ReceivingOfficeId, d.DueAt, d.Code })
            .HasFilter(FlaggedFilter)
            .HasDatabaseName("ix_dossiers_flagged_by_office");

        // Lists by date of receipt across offices (a supervisor's list, the scale verifier's samples).
        builder.HasIndex(d => d.ReceivedAt, "received_at")
            .HasDatabaseName("ix_dossiers_received_at");
        // The processing report counts the dossiers not ended yet (in progress, overdue, on time as of
        // the period's end) from this index alone: at province scale half a per cent of all. Named: EF merges
        // unnamed indexes over the same column.
        builder.HasIndex(d => d.ReceivedAt, "report_not_ended")
            .IncludeProperties(d => new { d.DueAt, d.ReceivingOfficeId, d.ProcedureCode, d.Status, d.SupplementRequestCount, d.PausedAt })
            .HasFilter(NotEndedFilter)
            .HasDatabaseName("ix_dossiers_report_not_ended");
        // The processing report's portal share (PortalSyncShareSql): the period's dossiers by date of
        // receipt, with the office, procedure and sync state, from this index alone.
        builder.HasIndex(d => d.ReceivedAt, "portal_sync")
            .IncludeProperties(nameof(Dossier.ReceivingOfficeId), nameof(Dossier.CompetentOfficeId), nameof(Dossier.ProcedureCode),
                nameof(Dossier.Status), "PortalSyncedAt", "PortalSyncedStatus")
            .HasDatabaseName("ix_dossiers_portal_sync");
    }
}
