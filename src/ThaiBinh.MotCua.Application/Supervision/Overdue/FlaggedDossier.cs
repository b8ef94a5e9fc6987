using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Supervision.Overdue;

/// <summary>
/// What a line of the overdue list needs of a dossier, read by projection: a page of whole dossiers
/// would bring every hand-off times every action of each. <c>HolderId</c> is the officer of the last
/// hand-off; <c>FirstLateOfficeId</c> the office of the first step handed on late, the one
/// responsible for the delay.
/// </summary>
public sealed record FlaggedDossier(
    string Code,
    Guid ProcedureVersionId,
    string ProcedureCode,
    Guid ReceivingOfficeId,
    Guid CurrentOfficeId,
    DossierStatus Status,
    DateTimeOffset? DueAt,
    DateTimeOffset? PausedAt,
    DueState DueState,
    DueState StepDueState,
    DateTimeOffset? OverdueSince,
    Guid? HolderId,
    Guid? FirstLateOfficeId);
