using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>
/// Reception regardless of administrative boundary (Decree 118/2025 Art. 14): the desk that received
/// the dossier, the office that decides it and the unit the applicant lives in are three separate facts.
/// </summary>
public sealed partial record Intake
{
    /// <summary>The administrative unit the applicant lives in, when the desk recorded it.</summary>
    public Guid? ApplicantUnitId { get; init; }
}

public sealed partial class Dossier
{
    /// <summary>
    /// The office that decides the dossier (cơ quan chủ trì giải quyết), fixed at receipt from its route
    /// (<see cref="CompetentOfficeOf"/>); another unit's office than the receiving desk when the desk
    /// received it for the competent unit.
    /// </summary>
    public Guid CompetentOfficeId { get; private set; }

    /// <summary>The administrative unit of the applicant's residence, when the desk recorded it.</summary>
    public Guid? ApplicantUnitId { get; private set; }

    /// <summary>
    /// The office of the route's approval (the decision), else of its first appraisal, else the receiving
    /// desk. The migration CompetentOffice backfills older dossiers by the same rule, in SQL
    /// (CompetentOfficeSql): keep the two together.
    /// </summary>
    public static Guid CompetentOfficeOf(IReadOnlyList<PlannedStep> steps) =>
        (steps.FirstOrDefault(s => s.Kind == StepKind.Approve) ?? steps.FirstOrDefault(s => s.Kind == StepKind.Assess) ?? steps[0]).OfficeId;
}
