namespace ThaiBinh.MotCua.Application.Payments;

/// <summary>
/// The national payment platform (PayGov) as this system is registered with it (section
/// <c>Payments:PayGov</c>; the address is <c>OutsideSystems:PayGov</c>). The secret signs every message
/// both ways and is never logged.
/// </summary>
public sealed class PayGovOptions
{
    public const string Section = "Payments:PayGov";

    /// <summary>MaDoiTac.</summary>
    public string PartnerCode { get; set; } = string.Empty;

    /// <summary>The shared secret of the checksums (InitPaymentSecretKey).</summary>
    public string SecretKey { get; set; } = string.Empty;

    /// <summary>The bearer token of the calls to the platform.</summary>
    public string AccessToken { get; set; } = string.Empty;

    /// <summary>Where the platform posts its callback: this system's <c>/api/payments/paygov/callback</c>.</summary>
    public Uri? CallbackUrl { get; set; }

    /// <summary>Where the pay page sends the citizen back.</summary>
    public Uri? ReturnUrl { get; set; }

    /// <summary>Paths of INIT and QUERY under the platform's address.</summary>
    public string InitPath { get; set; } = "init";

    public string QueryPath { get; set; } = "query";

    /// <summary>The reconciliation asks about requests pending at least this long (the callback may still come before).</summary>
    public int ReconcileAfterMinutes { get; set; } = 30;

    /// <summary>… and no longer than this: older ones are left to a person (TH's window).</summary>
    public int ReconcileWithinDays { get; set; } = 3;

    /// <summary>When the reconciliation runs (Hangfire cron, Vietnam's time); every 15 minutes by default.</summary>
    public string ReconcileCron { get; set; } = "*/15 * * * *";
}
