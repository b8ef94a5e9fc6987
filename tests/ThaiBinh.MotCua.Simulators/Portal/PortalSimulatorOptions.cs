namespace ThaiBinh.MotCua.Simulators.Portal;

/// <summary>The credentials and unit the simulated portal accepts (section <c>Simulators:Portal</c>).</summary>
public sealed class PortalSimulatorOptions
{
    public string Username { get; set; } = "motcua-thaibinh";

    public string Password { get; set; } = "motcua-dev";

    public string DstCode { get; set; } = "THAIBINH";

    /// <summary>The province's agency identifier the portal knows (madonvi).</summary>
    public string UnitCode { get; set; } = "000.00.00.H54";
}
