using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThaiBinh.MotCua.Application.Common.Audit;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Reference;
using ThaiBinh.MotCua.Application.Files;
using ThaiBinh.MotCua.Application.Notices.Templates;
using ThaiBinh.MotCua.Application.Supervision;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Procedures;
using ThaiBinh.MotCua.Domain.Units;
using ThaiBinh.MotCua.Infrastructure.Persistence.Conventions;
using ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

namespace ThaiBinh.MotCua.Infrastructure.Persistence;

public sealed class MotCuaDbContext : DbContext, IMotCuaDbContext, IReportingDb, IDataProtectionKeyContext
{
    /// <summary>
    /// Without savepoints: EF would wrap each SaveChanges inside a transaction in SAVEPOINT … RELEASE
    /// (a round trip more) so that a failed save could be rolled back alone, and nothing here goes on
    /// after a failed save: the whole transaction is given up or tried again.
    /// </summary>
    public MotCuaDbContext(DbContextOptions<MotCuaDbContext> options)
        : base(options) => Database.AutoSavepointsEnabled = false;

    public DbSet<AdministrativeLevel> AdministrativeLevels => Set<AdministrativeLevel>();

    public DbSet<AdministrativeUnit> AdministrativeUnits => Set<AdministrativeUnit>();

    public DbSet<Office> Offices => Set<Office>();

    public DbSet<Officer> Officers => Set<Officer>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<CalendarChange> CalendarChanges => Set<CalendarChange>();

    public DbSet<UnitPredecessor> UnitPredecessors => Set<UnitPredecessor>();

    public DbSet<Procedure> Procedures => Set<Procedure>();

    public DbSet<ProcedureVersion> ProcedureVersions => Set<ProcedureVersion>();

    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<DeskGuidance> DeskGuidances => Set<DeskGuidance>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<SupervisionSnapshot> SupervisionSnapshots => Set<SupervisionSnapshot>();

    public DbSet<ReferenceDataVersion> ReferenceDataVersions => Set<ReferenceDataVersion>();

    public DbSet<NoticeTemplate> NoticeTemplates => Set<NoticeTemplate>();

    public DbSet<DossierFile> DossierFiles => Set<DossierFile>();
    public DbSet<Application.Population.PopulationLookup> PopulationLookups => Set<Application.Population.PopulationLookup>();
    public DbSet<Domain.Evaluations.DossierEvaluation> DossierEvaluations => Set<Domain.Evaluations.DossierEvaluation>();
    public DbSet<Domain.Payments.PaymentRequest> PaymentRequests => Set<Domain.Payments.PaymentRequest>();

    public DbSet<Domain.Payments.RejectedPaymentCallback> RejectedPaymentCallbacks => Set<Domain.Payments.RejectedPaymentCallback>();

    /// <summary>The reference change sets applied so far (Seeding/ChangeSets).</summary>
    internal DbSet<AppliedChangeSet> AppliedChangeSets => Set<AppliedChangeSet>();

    /// <summary>The keys that protect the pages' cookies and anti-forgery tokens, shared by every server.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Runs the transaction under the execution strategy, so a transient failure tries the whole of it
    /// again: first the entities the failed try began tracking are forgotten (the server rolled its
    /// writes back, the dossier code counter included). A connection lost while committing is not
    /// retried: the commit may have happened, and writing again could receive a dossier twice.
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var trackedBefore = ChangeTracker.Entries().Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        return Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            foreach (var added in ChangeTracker.Entries().Where(e => !trackedBefore.Contains(e.Entity)).ToList())
            {
                added.State = EntityState.Detached;
            }

            await using var transaction = await Database.BeginTransactionAsync(ct);
            var result = await work();
            try
            {
                await transaction.CommitAsync(ct);
            }
            catch (Exception exception) when (DatabaseOutage.IsLostConnection(exception))
            {
                throw new CommitOutcomeUnknownException(exception);
            }

            return result;
        }, cancellationToken);
    }

    /// <summary>
    /// A dossier's history rows are keyed by (dossier, sequence). When two officers change the same
    /// dossier at once, the later save may collide on those keys before EF reaches the version check;
    /// that collision is the same lost race, so it is reported as a concurrency conflict too.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException
            && exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique
            && unique.ConstraintName is "pk_dossier_actions" or "pk_dossier_handoffs")
        {
            throw new DbUpdateConcurrencyException("The dossier was changed by someone else meanwhile.", exception);
        }
    }

    /// <summary>Every instant is a UTC timestamptz, whatever offset the caller's value carried.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MotCuaDbContext).Assembly);
}
