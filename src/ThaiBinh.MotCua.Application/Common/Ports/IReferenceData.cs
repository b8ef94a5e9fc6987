using ThaiBinh.MotCua.Application.Common.Reference;

namespace ThaiBinh.MotCua.Application.Common.Ports;

/// <summary>
/// The reference data held in memory: it changes a few times a year and was most of what every
/// request read. A copy is used while no request has seen a newer <see cref="ReferenceDataVersion"/>
/// (and, for requests nobody signed in to, for at most a minute).
/// </summary>
public interface IReferenceData
{
    /// <summary>A request read <paramref name="version"/> from the database: a copy read at another version is stale.</summary>
    void Observe(long version);

    /// <summary>This process changed the reference data: the next read takes the new copy at once.</summary>
    void Invalidate();

    /// <summary>The snapshot read at the version last observed in this process.</summary>
    ValueTask<ReferenceSnapshot> CurrentAsync(CancellationToken cancellationToken);
}
