using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Files;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers;

namespace ThaiBinh.MotCua.Application.Files.List;

/// <summary>The files of a dossier the officer may see, per document, every version kept.</summary>
public sealed record ListDossierFilesQuery(string Code) : IQuery<IReadOnlyList<DocumentFilesDto>>;

public sealed class ListDossierFilesQueryHandler(IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, DossierAccess access)
    : IQueryHandler<ListDossierFilesQuery, IReadOnlyList<DocumentFilesDto>>
{
    public async ValueTask<IReadOnlyList<DocumentFilesDto>> Handle(ListDossierFilesQuery query, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var dossier = await access.FindVisibleAsync(officer, query.Code.Trim(), cancellationToken);
        return await DossierFileList.OfAsync(db, dossier.Id, role: null, cancellationToken);
    }
}

/// <summary>The listing shared by the officers' and the citizens' views: grouped per document, latest version first.</summary>
public static class DossierFileList
{
    public static async Task<IReadOnlyList<DocumentFilesDto>> OfAsync(IMotCuaTables db, Guid dossierId, FileRole? role, CancellationToken cancellationToken)
    {
        var rows = await (
            from file in db.DossierFiles.AsNoTracking()
            where file.DossierId == dossierId && (role == null || file.Role == role)
            join officer in db.Officers on file.UploadedById equals officer.Id into uploaders
            from uploader in uploaders.DefaultIfEmpty()
            select new { File = file, UploadedBy = uploader == null ? null : uploader.FullName })
            .ToListAsync(cancellationToken);
        return [.. rows
            .GroupBy(r => (r.File.Role, r.File.DocumentName))
            .OrderBy(g => g.Key.Role).ThenBy(g => g.Min(r => r.File.UploadedAt))
            .Select(g => new DocumentFilesDto(
                FileRoles.Spell(g.Key.Role),
                g.Key.DocumentName,
                [.. g.OrderByDescending(r => r.File.Version).Select(r => DossierFileDto.Of(r.File, r.UploadedBy))]))];
    }
}
