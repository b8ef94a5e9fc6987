namespace ThaiBinh.MotCua.Application.NationalPortal;

/// <summary>
/// How the province reaches the national portal (section <c>NationalPortal</c>); the address itself is
/// <c>OutsideSystems:Portal:BaseUrl</c>. Nothing of it is in the code: every value comes from settings.
/// </summary>
public sealed class NationalPortalOptions
{
    public const string Section = "NationalPortal";

    /// <summary>Off: no dossier is planned for the portal.</summary>
    public bool Enabled { get; set; }

    /// <summary>The login path, relative to the base address.</summary>
    public string AuthEndpoint { get; set; } = string.Empty;

    /// <summary>The integration path, relative to the base address.</summary>
    public string IntegrationEndpoint { get; set; } = string.Empty;

    public string Username { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    /// <summary>The connecting system's code, sent as the <c>dstcode</c> header.</summary>
    public string DstCode { get; set; } = string.Empty;

    /// <summary>The province's agency identifier on the portal (<c>madonvi</c>).</summary>
    public string UnitCode { get; set; } = string.Empty;
}
