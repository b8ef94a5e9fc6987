using Mediator;

namespace ThaiBinh.MotCua.Application.Files.Upload;

/// <summary>
/// An officer attaches a file to a document of a dossier (role <c>submitted</c>) or a result document
/// (role <c>result</c>); <see cref="Content"/> is read once, streamed to the store.
/// </summary>
public sealed record UploadDossierFileCommand(
    string Code,
    string? Role,
    string? Document,
    bool Digitised,
    bool Reused,
    bool FromNationalStore,
    string? FileName,
    Stream? Content) : ICommand<DossierFileDto>;
