using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Reference;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Application.Supervision;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Evaluations;

namespace ThaiBinh.MotCua.Application.Evaluations.Report;

/// <summary>
/// Kết quả đánh giá của công dân by quarter (TT 01/2018 Art. 15: reports are quarterly and yearly),
/// for the unit a supervisor asks about and everything under it (<see cref="SupervisionScope"/>).
/// An evaluation belongs to the period of the moment it was given, in Vietnam time.
/// </summary>
public sealed record GetEvaluationReportQuery(int? Year, int? Quarter, string? By, string? UnitCode) : IQuery<EvaluationReportDto>;

public sealed class GetEvaluationReportQueryValidator : AbstractValidator<GetEvaluationReportQuery>
{
    /// <summary>Citizens' evaluations start with Decree 61 (2018).</summary>
    public const int FirstYear = 2018;

    public const int LastYear = 2100;

    public GetEvaluationReportQueryValidator()
    {
        RuleFor(q => q.Year)
            .NotNull().WithMessage("Vui lòng chọn năm báo cáo (year).")
            .InclusiveBetween(FirstYear, LastYear).WithMessage($"Năm báo cáo (year) phải từ {FirstYear} đến {LastYear}.");
        RuleFor(q => q.Quarter).InclusiveBetween(1, 4).WithMessage("Quý (quarter) phải từ 1 đến 4; bỏ trống để xem cả năm.");
        RuleFor(q => q.By).Must(EvaluationGroupings.IsValid).WithMessage(EvaluationGroupings.Message);
        RuleFor(q => q.UnitCode).SingleLineText();
    }
}

public sealed class GetEvaluationReportQueryHandler(IReportingDb db, SupervisionScope scope, IReferenceData reference)
    : IQueryHandler<GetEvaluationReportQuery, EvaluationReportDto>
{
    public async ValueTask<EvaluationReportDto> Handle(GetEvaluationReportQuery query, CancellationToken cancellationToken)
    {
        var (unit, subtree) = await scope.ResolveAsync(query.UnitCode, cancellationToken);
        var by = EvaluationGroupings.Parse(query.By);
        var year = query.Year!.Value;
        var from = query.Quarter is { } quarter ? new DateOnly(year, (3 * quarter) - 2, 1) : new DateOnly(year, 1, 1);
        var to = query.Quarter is null ? new DateOnly(year, 12, 31) : from.AddMonths(3).AddDays(-1);
        var start = VietnamTime.StartOf(from);
        var end = VietnamTime.StartOf(to.AddDays(1));

        var evaluations = await db.DossierEvaluations.AsNoTracking()
            .Where(e => e.At >= start && e.At < end && (subtree.Contains(e.ReceivingUnitId) || subtree.Contains(e.ReturningUnitId)))
            .Select(e => new Rated(e.AnswerLetters, e.Overall, e.ReceivedById, e.ReturnedById, e.ReceivingOfficeId, e.ReturningOfficeId, e.ReceivingUnitId, e.ReturningUnitId))
            .ToListAsync(cancellationToken);
        var snapshot = await reference.CurrentAsync(cancellationToken);
        var inScope = subtree.ToHashSet();

        var tallies = new Dictionary<Guid, EvaluationTally>();
        var total = new EvaluationTally();
        foreach (var evaluation in evaluations)
        {
            var answers = EvaluationAnswers.FromLetters(evaluation.Letters);
            total.Add(answers, evaluation.Overall);
            foreach (var key in evaluation.KeysFor(by, inScope))
            {
                (tallies.TryGetValue(key, out var tally) ? tally : tallies[key] = new EvaluationTally()).Add(answers, evaluation.Overall);
            }
        }

        var rows = tallies
            .Select(t => Row(Describe(by, t.Key, snapshot), by == EvaluationGrouping.Officer ? OfficeOf(t.Key, evaluations, snapshot) : null, t.Value, by))
            .OrderBy(r => r.Key.Code, StringComparer.Ordinal)
            .ToList();
        return new EvaluationReportDto(
            new NamedDto(unit.Code, unit.Name),
            year,
            query.Quarter,
            from,
            to,
            by.ToString().ToLowerInvariant(),
            rows,
            Row(new NamedDto(unit.Code, "Tổng cộng"), null, total, EvaluationGrouping.Unit));
    }

    private static EvaluationRowDto Row(NamedDto key, NamedDto? office, EvaluationTally tally, EvaluationGrouping by) => new(
        key,
        office,
        tally.Count,
        tally.Scores,
        tally.Total,
        by == EvaluationGrouping.Officer ? tally.OfficerGrade?.Label() : tally.AgencyGrade?.Label(),
        new OverallCountsDto(
            tally.CountOf(OverallSatisfaction.VerySatisfied), tally.CountOf(OverallSatisfaction.Satisfied), tally.CountOf(OverallSatisfaction.Dissatisfied)));

    private static NamedDto Describe(EvaluationGrouping by, Guid id, ReferenceSnapshot snapshot) => by switch
    {
        EvaluationGrouping.Officer => snapshot.Person(id) is { } person ? new NamedDto(person.Username, person.FullName) : new NamedDto(id.ToString(), id.ToString()),
        EvaluationGrouping.Office => snapshot.OfficeName(id) ?? new NamedDto(id.ToString(), id.ToString()),
        _ => snapshot.Unit(id) is { } unit ? new NamedDto(unit.Code, unit.Name) : new NamedDto(id.ToString(), id.ToString()),
    };

    /// <summary>The office an officer served in when rated (the latest evaluation's, should they have moved).</summary>
    private static NamedDto? OfficeOf(Guid officerId, List<Rated> evaluations, ReferenceSnapshot snapshot)
    {
        var officeId = evaluations.Select(e => e.ReceivedById == officerId ? e.ReceivingOfficeId : e.ReturnedById == officerId ? e.ReturningOfficeId : (Guid?)null)
            .LastOrDefault(o => o is not null);
        return officeId is { } id ? snapshot.OfficeName(id) : null;
    }

    /// <summary>One evaluation as the report reads it: the answers and whom they rate.</summary>
    private sealed record Rated(
        string Letters, OverallSatisfaction Overall, Guid ReceivedById, Guid ReturnedById, Guid ReceivingOfficeId, Guid ReturningOfficeId, Guid ReceivingUnitId, Guid ReturningUnitId)
    {
        /// <summary>The rows the evaluation counts in: both officers, offices or units, once each, those of the scope only.</summary>
        public IEnumerable<Guid> KeysFor(EvaluationGrouping by, HashSet<Guid> unitsInScope)
        {
            var receiving = unitsInScope.Contains(ReceivingUnitId);
            var returning = unitsInScope.Contains(ReturningUnitId);
            (Guid Id, bool InScope)[] keys = by switch
            {
                EvaluationGrouping.Officer => [(ReceivedById, receiving), (ReturnedById, returning)],
                EvaluationGrouping.Office => [(ReceivingOfficeId, receiving), (ReturningOfficeId, returning)],
                _ => [(ReceivingUnitId, receiving), (ReturningUnitId, returning)],
            };
            return keys.Where(k => k.InScope).Select(k => k.Id).Distinct();
        }
    }
}
