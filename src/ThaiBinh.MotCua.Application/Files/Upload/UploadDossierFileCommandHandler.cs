using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Files;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers;

namespace ThaiBinh.MotCua.Application.Files.Upload;

public sealed class UploadDossierFileCommandHandler(
    IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, DossierAccess access, IDossierFileIntake intake, TimeProvider clock)
    : ICommandHandler<UploadDossierFileCommand, DossierFileDto>
{
    public async ValueTask<DossierFileDto> Handle(UploadDossierFileCommand command, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var dossier = await access.FindVisibleAsync(officer, command.Code.Trim(), cancellationToken);
        var role = FileRoles.Parse(command.Role)!.Value;
        FileRights.EnsureMayAttach(officer, dossier, role);

        var attached = await intake.AttachAsync(
            new FileAttachment(dossier.Id, role, command.Document!, command.FileName ?? string.Empty, officer.OfficerId,
                command.Digitised, command.Reused, command.FromNationalStore),
            command.Content!,
            cancellationToken);
        var row = db.ChangeTracker.Entries<DossierFile>().Single(e => e.Entity.Id == attached.Id).Entity;
        db.AuditEntries.Add(FileAudit.Upload(clock.GetUtcNow(), officer, dossier, row));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            // Another upload of the same document became this version first; nothing of this one was saved.
            if (await VersionTakenAsync(row))
            {
                throw new ConcurrentChangeException(exception);
            }

            throw;
        }

        var uploadedBy = await db.Officers.Where(o => o.Id == officer.OfficerId).Select(o => o.FullName).SingleAsync(cancellationToken);
        return DossierFileDto.Of(row, uploadedBy);
    }

    private Task<bool> VersionTakenAsync(DossierFile row) =>
        db.DossierFiles.AsNoTracking().AnyAsync(f =>
            f.DossierId == row.DossierId && f.Role == row.Role && f.DocumentName == row.DocumentName && f.Version == row.Version && f.Id != row.Id);
}
