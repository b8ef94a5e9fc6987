using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Files;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Files.List;

namespace ThaiBinh.MotCua.Application.Files.Download;

/// <summary>
/// A citizen downloads a result document of their dossier, with the same verification as the public
/// lookup (the last four digits of their phone, ID or tax number; wrong digits count against the
/// dossier). Only result files: what the citizen handed in stays with the offices.
/// </summary>
public sealed record DownloadResultFileQuery(string Code, Guid FileId, string? Verify) : IQuery<FileDownload>;

/// <summary>The result files a citizen may download, after the same verification.</summary>
public sealed record ListResultFilesQuery(string Code, string? Verify) : IQuery<IReadOnlyList<DocumentFilesDto>>;

public sealed class DownloadResultFileQueryHandler(
    IMotCuaDbContext db, CitizenVerification verification, IFileStore store, ICurrentOfficer caller, TimeProvider clock)
    : IQueryHandler<DownloadResultFileQuery, FileDownload>, IQueryHandler<ListResultFilesQuery, IReadOnlyList<DocumentFilesDto>>
{
    public async ValueTask<FileDownload> Handle(DownloadResultFileQuery query, CancellationToken cancellationToken)
    {
        var dossier = await verification.VerifiedAsync(query.Code, query.Verify, cancellationToken);
        var file = await db.DossierFiles.AsNoTracking().SingleOrDefaultAsync(
                f => f.Id == query.FileId && f.DossierId == dossier.Id && f.Role == FileRole.Result, cancellationToken)
            ?? throw new NotFoundException($"Hồ sơ {dossier.Code} không có tệp kết quả này.");
        var content = await StoredFile.OpenAsync(store, file, cancellationToken);
        db.AuditEntries.Add(FileAudit.CitizenDownload(clock.GetUtcNow(), caller.IpAddress, dossier.Id, dossier.Code, file));
        await db.SaveChangesAsync(cancellationToken);
        return new FileDownload(file.FileName, file.MediaType, file.Length, content);
    }

    public async ValueTask<IReadOnlyList<DocumentFilesDto>> Handle(ListResultFilesQuery query, CancellationToken cancellationToken)
    {
        var dossier = await verification.VerifiedAsync(query.Code, query.Verify, cancellationToken);
        return await DossierFileList.OfAsync(db, dossier.Id, FileRole.Result, cancellationToken);
    }
}
