namespace ThaiBinh.MotCua.Application.Common.Ports;

/// <summary>Gives open dossiers the due moment the current calendar yields, recording why.</summary>
public interface IDueMomentRecomputer
{
    /// <returns>How many dossiers got a new due moment.</returns>
    Task<int> RecomputeOpenDossiersAsync(string reason, CancellationToken cancellationToken);
}
