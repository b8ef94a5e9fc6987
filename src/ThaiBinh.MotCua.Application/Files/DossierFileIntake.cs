using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Files;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Files;

/// <summary>
/// <see cref="IDossierFileIntake"/>: everything that can be refused without the content (names, the
/// document) is checked before a byte is read; the type is told from the first bytes before anything
/// reaches the store; the size is enforced by the store while it streams, so a refused file leaves
/// nothing behind. The row is added to the unit of work; the caller saves it.
/// </summary>
public sealed class DossierFileIntake(IMotCuaDbContext db, IFileStore store, IOptions<FileSettings> options, TimeProvider clock) : IDossierFileIntake
{
    public async Task<AttachedFile> AttachAsync(FileAttachment attachment, Stream content, CancellationToken cancellationToken)
    {
        var (fileName, nameRefusal) = FileNameRules.Clean(attachment.FileName);
        if (nameRefusal is not null)
        {
            throw Refused(FileFields.File, nameRefusal);
        }

        var documentName = await DocumentNameAsync(attachment, cancellationToken);
        var current = await CurrentFilesAsync(attachment.DossierId, cancellationToken);
        var sameDocument = current.Where(f => f.Role == attachment.Role && f.DocumentName == documentName).ToList();
        var othersLength = current.Except(sameDocument).Sum(f => f.Length);
        var limits = options.Value;
        var dossierRoom = limits.MaxDossierBytes - othersLength;
        var maxBytes = Math.Min(limits.MaxFileBytes, dossierRoom);
        if (maxBytes <= 0)
        {
            throw Refused(FileFields.File, DossierFullMessage(limits.MaxDossierBytes));
        }

        var head = new byte[FileContentType.HeadLength];
        var headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (headLength == 0)
        {
            throw Refused(FileFields.File, "Tệp rỗng (0 byte).");
        }

        var mediaType = FileContentType.Detect(head.AsSpan(0, headLength))
            ?? throw Refused(FileFields.File, "Tệp không phải PDF, JPEG hoặc PNG. Loại tệp được xác định theo nội dung, không theo tên hay phần mở rộng.");

        StoredContent stored;
        try
        {
            stored = await store.PutAsync(new HeadThenRest(head.AsMemory(0, headLength), content), maxBytes, cancellationToken);
        }
        catch (FileTooLargeException)
        {
            throw Refused(FileFields.File, maxBytes == limits.MaxFileBytes
                ? $"Tệp lớn hơn {FileSizes.Describe(limits.MaxFileBytes)} cho phép cho mỗi tệp."
                : DossierFullMessage(limits.MaxDossierBytes));
        }

        var version = sameDocument.Count == 0 ? 1 : sameDocument.Max(f => f.Version) + 1;
        var row = new DossierFile(attachment with { DocumentName = documentName }, version, fileName!, mediaType, stored, clock.GetUtcNow());
        db.DossierFiles.Add(row);
        return row.ToAttached();
    }

    /// <summary>The document's name as the dossier spells it; for a submitted file, one of the dossier's documents.</summary>
    private async Task<string> DocumentNameAsync(FileAttachment attachment, CancellationToken cancellationToken)
    {
        var name = TextPolicy.Normalize(attachment.DocumentName ?? string.Empty).Trim();
        if (name.Length == 0)
        {
            throw Refused(FileFields.Document, "Chưa nhập tên giấy tờ của tệp.");
        }

        if (TextPolicy.FirstRefused(name, multiLine: false) is { } refused)
        {
            throw Refused(FileFields.Document, refused.Message);
        }

        if (name.Length > FileFields.MaxDocumentNameLength)
        {
            throw Refused(FileFields.Document, $"Tên giấy tờ dài quá {FileFields.MaxDocumentNameLength} ký tự.");
        }

        // Found among the tracked entities too: a dossier arriving from the portal gets its files in
        // the transaction that creates it.
        var dossier = await db.Dossiers.FindAsync([attachment.DossierId], cancellationToken)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ để đính kèm tệp.");
        if (attachment.Role == FileRole.Submitted && !dossier.Documents.Any(d => TextPolicy.Normalize(d.Name).Trim() == name))
        {
            throw Refused(FileFields.Document, $"Hồ sơ {dossier.Code} không có giấy tờ \"{name}\"; hãy chọn một giấy tờ trong thành phần hồ sơ.");
        }

        return name;
    }

    /// <summary>The latest version of each of the dossier's documents, saved or attached in this unit of work.</summary>
    private async Task<List<CurrentFile>> CurrentFilesAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var saved = await db.DossierFiles.AsNoTracking()
            .Where(f => f.DossierId == dossierId)
            .Select(f => new CurrentFile(f.Role, f.DocumentName, f.Version, f.Length))
            .ToListAsync(cancellationToken);
        var pending = db.ChangeTracker.Entries<DossierFile>()
            .Where(e => e.State == EntityState.Added && e.Entity.DossierId == dossierId)
            .Select(e => new CurrentFile(e.Entity.Role, e.Entity.DocumentName, e.Entity.Version, e.Entity.Length));
        return [.. saved.Concat(pending)
            .GroupBy(f => (f.Role, f.DocumentName))
            .Select(g => g.MaxBy(f => f.Version)!)];
    }

    private static string DossierFullMessage(long maxDossierBytes) =>
        $"Tổng dung lượng các tệp (bản mới nhất của mỗi giấy tờ) của hồ sơ sẽ vượt quá {FileSizes.Describe(maxDossierBytes)} cho phép.";

    private static ValidationException Refused(string field, string message) =>
        new([new ValidationFailure(field, message)]);

    private sealed record CurrentFile(FileRole Role, string DocumentName, int Version, long Length);
}
