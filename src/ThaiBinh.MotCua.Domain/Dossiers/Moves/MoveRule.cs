using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Domain.Dossiers.Moves;

/// <summary>
/// Who may make a move and when: the roles (any of them), the office that must hold the dossier, the
/// statuses and the step kinds it needs (none listed: any step), and whether the officer takes the
/// step (refused when the step is assigned to someone else). The checks run in that order, so a move
/// that is not the officer's is refused as such (403) before the state is looked at (409).
/// </summary>
public sealed record MoveRule(
    string Name,
    string Label,
    IReadOnlyList<Role> Roles,
    MoveOffice Office,
    string OfficeRefusal,
    IReadOnlyList<DossierStatus> Statuses,
    IReadOnlyList<StepKind> Steps,
    bool TakesStep = false);
