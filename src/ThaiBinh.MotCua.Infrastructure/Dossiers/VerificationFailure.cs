namespace ThaiBinh.MotCua.Infrastructure.Dossiers;

/// <summary>One wrong "verify" in the citizen lookup, kept while it counts against its dossier.</summary>
internal sealed class VerificationFailure
{
    private VerificationFailure()
    {
    }

    public VerificationFailure(Guid dossierId, DateTimeOffset failedAt)
    {
        DossierId = dossierId;
        FailedAt = failedAt;
    }

    public long Id { get; private set; }

    public Guid DossierId { get; private set; }

    public DateTimeOffset FailedAt { get; private set; }
}
