using ThaiBinh.MotCua.Application.Dossiers;

namespace ThaiBinh.MotCua.Application.Evaluations.Report;

/// <summary>
/// The citizens' evaluations of a unit's subtree over a quarter (or a year, <see cref="Quarter"/>
/// null), one row per officer, office or unit (<see cref="By"/>), and the whole scope in <see cref="Total"/>.
/// </summary>
public sealed record EvaluationReportDto(
    NamedDto Unit,
    int Year,
    int? Quarter,
    DateOnly From,
    DateOnly To,
    string By,
    IReadOnlyList<EvaluationRowDto> Rows,
    EvaluationRowDto Total);

/// <summary>
/// One row: how many evaluations, chỉ số 1…9 (points over evaluations, one decimal), their total and
/// its grade (TT 01/2018 Art. 15: the officer's scale for officers, the agency's for offices, units
/// and the total), and how many chose each overall level. <see cref="Office"/> is an officer's office.
/// </summary>
public sealed record EvaluationRowDto(
    NamedDto Key,
    NamedDto? Office,
    int Evaluations,
    IReadOnlyList<decimal> Indicators,
    decimal? Total,
    string? Grade,
    OverallCountsDto Overall);

public sealed record OverallCountsDto(int VerySatisfied, int Satisfied, int Dissatisfied);
