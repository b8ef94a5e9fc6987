using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Files;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers;

namespace ThaiBinh.MotCua.Application.Files.Download;

/// <summary>
/// An officer who may see the dossier downloads one of its files; the download is in the audit log
/// (committed before the first byte is sent) whatever becomes of the transfer.
/// </summary>
public sealed record DownloadDossierFileQuery(string Code, Guid FileId) : IQuery<FileDownload>;

public sealed class DownloadDossierFileQueryHandler(
    IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, DossierAccess access, IFileStore store, TimeProvider clock)
    : IQueryHandler<DownloadDossierFileQuery, FileDownload>
{
    public async ValueTask<FileDownload> Handle(DownloadDossierFileQuery query, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var dossier = await access.FindVisibleAsync(officer, query.Code.Trim(), cancellationToken);
        var file = await db.DossierFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == query.FileId && f.DossierId == dossier.Id, cancellationToken)
            ?? throw new NotFoundException($"Hồ sơ {dossier.Code} không có tệp này.");
        var content = await StoredFile.OpenAsync(store, file, cancellationToken);
        db.AuditEntries.Add(FileAudit.Download(clock.GetUtcNow(), officer, dossier, file));
        await db.SaveChangesAsync(cancellationToken);
        return new FileDownload(file.FileName, file.MediaType, file.Length, content);
    }
}
