using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Audit;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Files;

/// <summary>The audit lines of files: who attached or downloaded which file of which dossier, and when.</summary>
public static class FileAudit
{
    public const string Uploaded = "file-upload";

    public const string Downloaded = "file-download";

    /// <summary>A citizen's download after the lookup's verification: no officer.</summary>
    public const string DownloadedByCitizen = "file-download-public";

    /// <summary>The username of a citizen's line: they have no account.</summary>
    public const string CitizenUsername = "citizen";

    public static AuditEntry Upload(DateTimeOffset at, OfficerContext officer, Dossier dossier, DossierFile file) =>
        new(at, officer.OfficerId, officer.Username, officer.IpAddress, Uploaded, dossier.Id, dossier.Code, null, null, Describe(file));

    public static AuditEntry Download(DateTimeOffset at, OfficerContext officer, Dossier dossier, DossierFile file) =>
        new(at, officer.OfficerId, officer.Username, officer.IpAddress, Downloaded, dossier.Id, dossier.Code, null, null, Describe(file));

    public static AuditEntry CitizenDownload(DateTimeOffset at, string? ipAddress, Guid dossierId, string dossierCode, DossierFile file) =>
        new(at, null, CitizenUsername, ipAddress, DownloadedByCitizen, dossierId, dossierCode, null, null, Describe(file));

    private static string Describe(DossierFile file) =>
        $"Tệp {file.Id}: {FileRoles.Label(file.Role).ToLowerInvariant()} \"{file.DocumentName}\" phiên bản {file.Version}, {file.FileName} ({FileSizes.Describe(file.Length)}, SHA-256 {file.Sha256})";
}
