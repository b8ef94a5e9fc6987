using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ThaiBinh.MotCua.Application.Common.Audit;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Procedures;
using ThaiBinh.MotCua.Domain.Units;

namespace ThaiBinh.MotCua.Application.Common.Ports;

/// <summary>The unit of work handlers read and write through; Infrastructure implements it with EF Core.</summary>
public interface IMotCuaDbContext
{
    DbSet<AdministrativeLevel> AdministrativeLevels { get; }

    DbSet<AdministrativeUnit> AdministrativeUnits { get; }

    DbSet<Office> Offices { get; }

    DbSet<Officer> Officers { get; }

    DbSet<CalendarDay> CalendarDays { get; }

    DbSet<CalendarChange> CalendarChanges { get; }

    DbSet<UnitPredecessor> UnitPredecessors { get; }

    DbSet<Procedure> Procedures { get; }

    DbSet<ProcedureVersion> ProcedureVersions { get; }

    DbSet<Dossier> Dossiers { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    DbSet<Supervision.SupervisionSnapshot> SupervisionSnapshots { get; }

    /// <summary>Runs <paramref name="work"/> in one database transaction, committed only if it completes.</summary>
    Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken);

    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
