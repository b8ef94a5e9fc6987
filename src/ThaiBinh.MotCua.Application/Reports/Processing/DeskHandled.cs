using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers;

namespace ThaiBinh.MotCua.Application.Reports.Processing;

/// <summary>
/// Share of the procedures of a level, in force on a day, that the desk handles from start to end,
/// against the target the plan of that day's legal period sets for the level (regimes.json: the
/// Thái Bình plan for Decree 61 wants 20 % at the provincial centre and 50 % at district desks; no
/// target is known since 07/2025). Levels are data; a level the period names no target for has none.
/// </summary>
internal static class DeskHandled
{
    public static async Task<List<DeskHandledDto>> ForLevelsAsync(
        IMotCuaTables db, IRegimes regimes, IReadOnlyList<NamedDto> levels, DateOnly inForceOn, CancellationToken cancellationToken)
    {
        var regime = regimes.For(inForceOn);
        var period = new LegalPeriodDto(regime.Code, regime.Decree, regime.ValidFrom, regime.ValidTo);
        var codes = levels.Select(l => l.Code).ToList();
        var versions = await db.ProcedureVersions.AsNoTracking()
            .Where(v => codes.Contains(v.LevelCode) && v.ValidFrom <= inForceOn && (v.ValidTo == null || inForceOn <= v.ValidTo))
            .Select(v => new { v.ProcedureCode, v.LevelCode, v.HandledFullyAtDesk })
            .ToListAsync(cancellationToken);

        return [.. levels.Select(level =>
        {
            var ofLevel = versions.Where(v => v.LevelCode == level.Code).DistinctBy(v => v.ProcedureCode).ToList();
            var handled = ofLevel.Count(v => v.HandledFullyAtDesk);
            var share = ProcessingRowDto.Percent(handled, ofLevel.Count);
            var target = regime.DeskHandledTarget(level.Code);
            return new DeskHandledDto(level, ofLevel.Count, handled, share, target, target is null || share is null ? null : share >= target, period);
        })];
    }
}
