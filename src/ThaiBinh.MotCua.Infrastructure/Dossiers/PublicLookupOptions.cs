namespace ThaiBinh.MotCua.Infrastructure.Dossiers;

/// <summary>How much of the citizen lookup one client, and one dossier, may use.</summary>
public sealed class PublicLookupOptions
{
    public const string Section = "PublicLookup";

    /// <summary>Lookups per client address in any sliding minute.</summary>
    public int PermitsPerMinute { get; init; } = 30;

    /// <summary>Wrong "verify" digits a dossier takes, from all addresses together, before verification is refused.</summary>
    public int WrongVerificationsPerDossier { get; init; } = 5;

    /// <summary>How long a wrong "verify" counts against its dossier.</summary>
    public int WrongVerificationWindowHours { get; init; } = 24;
}
