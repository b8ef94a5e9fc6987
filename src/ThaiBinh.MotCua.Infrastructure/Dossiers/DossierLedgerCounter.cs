namespace ThaiBinh.MotCua.Infrastructure.Dossiers;

/// <summary>The last ledger entry an office gave out in a year (Vietnam's year): one ledger book per year.</summary>
internal sealed class DossierLedgerCounter
{
    public string OfficeCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public int LastNumber { get; set; }
}
