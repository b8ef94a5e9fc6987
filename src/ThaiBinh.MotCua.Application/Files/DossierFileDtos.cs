namespace ThaiBinh.MotCua.Application.Files;

/// <summary>One version of one document's file, as listed and as an upload answers.</summary>
public sealed record DossierFileDto(
    Guid Id,
    string Role,
    string Document,
    int Version,
    string FileName,
    string MediaType,
    long Length,
    string Sha256,
    bool Digitised,
    bool Reused,
    bool FromNationalStore,
    string? UploadedBy,
    DateTimeOffset UploadedAt)
{
    public static DossierFileDto Of(DossierFile file, string? uploadedBy) => new(
        file.Id, FileRoles.Spell(file.Role), file.DocumentName, file.Version, file.FileName, file.MediaType, file.Length,
        file.Sha256, file.Digitised, file.Reused, file.FromNationalStore, uploadedBy, file.UploadedAt);
}

/// <summary>A document and its files, the current (latest) version first, the earlier ones kept after it.</summary>
public sealed record DocumentFilesDto(string Role, string Document, IReadOnlyList<DossierFileDto> Versions);

/// <summary>A file's content to send: its name and type, and the stored bytes (the caller disposes the stream).</summary>
public sealed record FileDownload(string FileName, string MediaType, long Length, Stream Content);
