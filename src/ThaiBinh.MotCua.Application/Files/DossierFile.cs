using ThaiBinh.MotCua.Application.Common.Files;

namespace ThaiBinh.MotCua.Application.Files;

/// <summary>
/// One version of one document's file on a dossier (table <c>dossier_files</c>): the content is in the
/// file store under <see cref="Sha256"/>; a new file for the same (dossier, role, document) is the
/// next version, and the earlier rows stay. Rows are never updated.
/// </summary>
public sealed class DossierFile
{
    private DossierFile()
    {
        DocumentName = string.Empty;
        FileName = string.Empty;
        MediaType = string.Empty;
        Sha256 = string.Empty;
    }

    public DossierFile(FileAttachment attachment, int version, string fileName, string mediaType, StoredContent content, DateTimeOffset uploadedAt)
    {
        Id = Guid.CreateVersion7();
        DossierId = attachment.DossierId;
        Role = attachment.Role;
        DocumentName = attachment.DocumentName;
        Version = version;
        FileName = fileName;
        MediaType = mediaType;
        Length = content.Length;
        Sha256 = content.Sha256;
        Digitised = attachment.Digitised;
        Reused = attachment.Reused;
        FromNationalStore = attachment.FromNationalStore;
        UploadedById = attachment.UploadedById;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    public FileRole Role { get; private set; }

    public string DocumentName { get; private set; }

    public int Version { get; private set; }

    public string FileName { get; private set; }

    public string MediaType { get; private set; }

    public long Length { get; private set; }

    public string Sha256 { get; private set; }

    public bool Digitised { get; private set; }

    public bool Reused { get; private set; }

    public bool FromNationalStore { get; private set; }

    /// <summary>The officer who attached it, or null when a system (the national portal) brought it.</summary>
    public Guid? UploadedById { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public AttachedFile ToAttached() => new(Id, DocumentName, Version, FileName, MediaType, Length, Sha256);
}
