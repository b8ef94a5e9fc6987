using ThaiBinh.MotCua.Application.Dossiers;

namespace ThaiBinh.MotCua.Application.Reports.Processing;

/// <summary>
/// Counts a period's dossiers per office (receiving or competent) and procedure in the database, without loading
/// them: a year of a province is a million dossiers.
/// </summary>
public interface IProcessingFactsSource
{
    /// <param name="offices">The offices in scope (receiving or competent, by <paramref name="countBy"/>); null for every office.</param>
    /// <param name="start">The first instant of the period.</param>
    /// <param name="end">The instant after the period.</param>
    /// <param name="asOf">When dossiers still open are judged: the end of the period, or now if it has not ended yet.</param>
    /// <param name="countBy">Whose office a dossier counts for: its receiving desk's or its competent office's.</param>
    /// <param name="cancellationToken">Cancels the count.</param>
    Task<IReadOnlyList<ProcessingFacts>> CountAsync(
        IReadOnlyCollection<Guid>? offices, DateTimeOffset start, DateTimeOffset end, DateTimeOffset asOf, CountBy countBy, CancellationToken cancellationToken);
}
