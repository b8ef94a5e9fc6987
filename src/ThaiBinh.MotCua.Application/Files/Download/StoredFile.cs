using ThaiBinh.MotCua.Application.Common.Files;

namespace ThaiBinh.MotCua.Application.Files.Download;

internal static class StoredFile
{
    /// <summary>The bytes of a file row; a row whose content is missing from the store is a fault of the store, not of the caller.</summary>
    public static async Task<Stream> OpenAsync(IFileStore store, DossierFile file, CancellationToken cancellationToken) =>
        await store.OpenReadAsync(file.Sha256, cancellationToken)
        ?? throw new InvalidOperationException($"The content {file.Sha256} of dossier file {file.Id} is missing from the file store.");
}
