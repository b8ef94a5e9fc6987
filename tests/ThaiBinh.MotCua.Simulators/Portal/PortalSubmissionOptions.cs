namespace ThaiBinh.MotCua.Simulators.Portal;

/// <summary>
/// Where the simulated portal hands in dossiers submitted online (section <c>Simulators:Portal</c>):
/// the system's inbound address and the shared token it sends. The defaults are deploy/run.sh's host
/// and the Development settings' token.
/// </summary>
public sealed class PortalSubmissionOptions
{
    public Uri InboundUrl { get; set; } = new("http://127.0.0.1:5080/api/portal/inbound/dossiers");

    public string InboundToken { get; set; } = "portal-inbound-dev-token";
}
