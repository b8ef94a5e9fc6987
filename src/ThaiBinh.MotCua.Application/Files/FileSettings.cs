namespace ThaiBinh.MotCua.Application.Files;

/// <summary>The settings of the <c>Files</c> section: where contents are kept and how large they may be.</summary>
public sealed class FileSettings
{
    public const string Section = "Files";

    private const long MiB = 1024 * 1024;

    /// <summary>The local store's folder; relative paths are under the host's content root.</summary>
    public string Root { get; init; } = ".local/files";

    /// <summary>The largest file one upload may carry (20 MiB by default: a scanned dossier of some fifty pages).</summary>
    public long MaxFileBytes { get; init; } = 20 * MiB;

    /// <summary>The sum of the current versions of all of a dossier's files (earlier versions are kept but not counted).</summary>
    public long MaxDossierBytes { get; init; } = 100 * MiB;

    /// <summary>
    /// The request body an upload may send: the file plus the multipart envelope and the form fields,
    /// which are small and read with a limit of their own.
    /// </summary>
    public long MaxUploadRequestBytes => MaxFileBytes + MiB;
}
