namespace ThaiBinh.MotCua.Domain.Procedures;

/// <summary>
/// One step of a procedure's route. <see cref="Office"/> is a selector: <see cref="Desk"/> (the office
/// that received the dossier), <see cref="ParentDesk"/> (the reception office of the parent unit, for
/// routes that climb a level) or an office code.
/// </summary>
public sealed record RouteStep(StepKind Kind, string Office, int BudgetHours)
{
    public const string Desk = "desk";
    public const string ParentDesk = "parent-desk";
}
