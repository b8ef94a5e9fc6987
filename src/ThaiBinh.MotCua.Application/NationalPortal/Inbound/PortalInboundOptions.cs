namespace ThaiBinh.MotCua.Application.NationalPortal.Inbound;

/// <summary>
/// How the national portal hands in dossiers submitted online (section <c>NationalPortal:Inbound</c>):
/// the shared token it sends, and the addresses its files may be fetched from.
/// </summary>
public sealed class PortalInboundOptions
{
    public const string Section = "NationalPortal:Inbound";

    /// <summary>The shared secret of the <c>X-Portal-Token</c> header; empty: every arrival is refused.</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>
    /// The address prefixes a file's <c>DuongDanTaiTepTin</c> may start with (the portal's file servers):
    /// the system never fetches from an address the portal's record merely names.
    /// </summary>
    public List<string> FileSources { get; set; } = [];
}
