using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Audit;
using ThaiBinh.MotCua.Application.Files;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Procedures;
using ThaiBinh.MotCua.Domain.Units;

namespace ThaiBinh.MotCua.Application.Common.Ports;

/// <summary>The tables, to read: what the unit of work and the reporting reads have in common.</summary>
public interface IMotCuaTables
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

    DbSet<DeskGuidance> DeskGuidances { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    DbSet<Supervision.SupervisionSnapshot> SupervisionSnapshots { get; }

    DbSet<Reference.ReferenceDataVersion> ReferenceDataVersions { get; }

    DbSet<Notices.Templates.NoticeTemplate> NoticeTemplates { get; }

    DbSet<DossierFile> DossierFiles { get; }
    DbSet<Population.PopulationLookup> PopulationLookups { get; }
    DbSet<Domain.Evaluations.DossierEvaluation> DossierEvaluations { get; }
}
