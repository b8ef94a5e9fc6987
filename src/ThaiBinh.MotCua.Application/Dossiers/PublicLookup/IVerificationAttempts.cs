namespace ThaiBinh.MotCua.Application.Dossiers.PublicLookup;

/// <summary>
/// Counts wrong "verify" digits per dossier in the database, so the limit holds across every address
/// and every API process: four digits are only 10,000 guesses.
/// </summary>
public interface IVerificationAttempts
{
    /// <summary>
    /// Records one verification of <paramref name="dossierId"/> and returns <paramref name="correct"/>;
    /// throws <see cref="Common.Exceptions.TooManyAttemptsException"/>, right digits or not, while the
    /// dossier has taken too many wrong ones recently, so the refusal tells a guesser nothing.
    /// </summary>
    Task<bool> AttemptAsync(Guid dossierId, bool correct, CancellationToken cancellationToken);
}
