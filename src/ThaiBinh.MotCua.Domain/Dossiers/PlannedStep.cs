using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>A step of the dossier's own route: the procedure's step with its office resolved.</summary>
public sealed record PlannedStep(int Index, StepKind Kind, Guid OfficeId, int BudgetHours);
