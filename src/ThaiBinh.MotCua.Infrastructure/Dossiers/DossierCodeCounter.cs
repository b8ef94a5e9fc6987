namespace ThaiBinh.MotCua.Infrastructure.Dossiers;

/// <summary>The last sequence number an office gave out on a day (Vietnam's day).</summary>
internal sealed class DossierCodeCounter
{
    public string OfficeCode { get; set; } = string.Empty;

    public DateOnly Day { get; set; }

    public int LastNumber { get; set; }
}
