namespace ThaiBinh.MotCua.Application.Common.Files;

/// <summary>
/// The one way a file becomes part of a dossier, whoever brings it (the desk's scan upload, the
/// specialist's result document, a dossier submitted online on the national portal): the type is
/// checked by content (PDF, JPEG, PNG), the size against the per-file and per-dossier limits of the
/// settings, the name cleaned of any path, the content streamed into <see cref="IFileStore"/> and a
/// metadata row written. A document that already has a file gets a new version; the earlier one is kept.
/// Refusals are <c>ValidationException</c>s with Vietnamese field errors, and nothing is stored.
/// The caller owns the transaction: the row is added to the unit of work, saved by the caller.
/// </summary>
public interface IDossierFileIntake
{
    Task<AttachedFile> AttachAsync(FileAttachment attachment, Stream content, CancellationToken cancellationToken);
}

/// <summary>Which dossier and document a file belongs to, and what the national index counts about it.</summary>
/// <param name="DossierId">The dossier the file belongs to.</param>
/// <param name="Role">A document handed in with the dossier, or a result document.</param>
/// <param name="DocumentName">For a submitted document, its name as on the dossier; for a result, the result's name.</param>
/// <param name="FileName">The name the sender gave the file; only a bare name is accepted (no path).</param>
/// <param name="UploadedById">The officer, or null when a system (the portal) brought it.</param>
/// <param name="Digitised">DuocSoHoa: the desk scanned a paper document.</param>
/// <param name="Reused">DuocTaiSuDung: reused from an earlier dossier's or the citizen's store.</param>
/// <param name="FromNationalStore">DuocLayTuKhoDMQG: taken from the national document store.</param>
public sealed record FileAttachment(
    Guid DossierId,
    FileRole Role,
    string DocumentName,
    string FileName,
    Guid? UploadedById,
    bool Digitised = false,
    bool Reused = false,
    bool FromNationalStore = false);

/// <summary>A document handed in with the dossier, or a result document of its decision.</summary>
public enum FileRole
{
    Submitted,
    Result,
}

/// <summary>The file as attached: its id (for downloads), the document's version number (from 1), its hash and length.</summary>
public sealed record AttachedFile(Guid Id, string DocumentName, int Version, string FileName, string MediaType, long Length, string Sha256);
