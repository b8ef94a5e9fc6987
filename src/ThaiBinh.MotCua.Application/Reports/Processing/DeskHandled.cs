using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers;

namespace ThaiBinh.MotCua.Application.Reports.Processing;

/// <summary>
/// Share of the procedures of a level, in force on a day, that the desk handles from start to end.
/// </summary>
internal static class DeskHandled
{
    /// <summary>
    /// The Thái Bình plan for Decree 61 (seed plan, section on the desks): at least 20 % of procedures
    /// appraised and approved on the spot at the provincial centre, at least 50 % at district desks.
    /// Levels are data; a level not named here has no target.
    /// </summary>
    private static readonly Dictionary<string, int> TargetPercentByLevel = new(StringComparer.Ordinal)
    {
        ["province"] = 20,
        ["district"] = 50,
    };

    public static async Task<List<DeskHandledDto>> ForLevelsAsync(
        IMotCuaTables db, IReadOnlyList<NamedDto> levels, DateOnly inForceOn, CancellationToken cancellationToken)
    {
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
            int? target = TargetPercentByLevel.TryGetValue(level.Code, out var percent) ? percent : null;
            return new DeskHandledDto(level, ofLevel.Count, handled, share, target, target is null || share is null ? null : share >= target);
        })];
    }
}
