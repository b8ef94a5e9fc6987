using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Application.Dossiers;

/// <summary>The names of the procedures that dossiers are bound to, by procedure version.</summary>
public static class ProcedureNames
{
    public static async Task<Dictionary<Guid, NamedDto>> ForVersionsAsync(IMotCuaTables db, IReadOnlyCollection<Guid> versionIds, CancellationToken cancellationToken) =>
        await (
            from version in db.ProcedureVersions
            where versionIds.Contains(version.Id)
            join procedure in db.Procedures on new { Code = version.ProcedureCode, version.LevelCode } equals new { procedure.Code, procedure.LevelCode }
            select new { version.Id, procedure.Code, procedure.Name }).ToDictionaryAsync(p => p.Id, p => new NamedDto(p.Code, p.Name), cancellationToken);
}
