namespace ThaiBinh.MotCua.Application.Evaluations;

/// <summary>
/// The citizen's link to rate a dossier: an unguessable token per dossier (dossier codes are
/// sequential, so the code alone would let anyone rate anyone's dossier) and the public address
/// that carries it, {PublicBaseUrl}/danh-gia/{token}.
/// </summary>
public interface IEvaluationLinks
{
    string TokenOf(Guid dossierId);

    /// <summary>The dossier a token was made for; null for a token this system did not make.</summary>
    Guid? DossierOf(string token);

    string UrlOf(Guid dossierId);
}
