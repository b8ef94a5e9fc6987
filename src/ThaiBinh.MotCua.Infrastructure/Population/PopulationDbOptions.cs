namespace ThaiBinh.MotCua.Infrastructure.Population;

/// <summary>
/// How the province calls the population database through its LGSP or NDXP (section <c>PopulationDb</c>;
/// the address and time limits are <c>OutsideSystems:PopulationDb</c>). TH's settings
/// <c>CSDLDanCu_MaTichHop</c>, <c>_MaDVC</c>, <c>_MaYeuCau</c> (integrations.md §2.1).
/// </summary>
public sealed class PopulationDbOptions
{
    public const string Section = "PopulationDb";

    /// <summary>The lookup's path, relative to <c>OutsideSystems:PopulationDb:BaseUrl</c>.</summary>
    public string LookupPath { get; set; } = "tra-cuu";

    /// <summary>The integration code ("037" in TH's settings).</summary>
    public string MaTichHop { get; set; } = string.Empty;

    /// <summary>The public-service system's code at the gateway.</summary>
    public string MaDVC { get; set; } = string.Empty;

    /// <summary>The start of every request id (<c>MaYeuCau</c>), e.g. "THA_DVC_"; the lookup's id follows.</summary>
    public string RequestIdPrefix { get; set; } = "THB_DVC_";

    /// <summary>
    /// The <c>error_code</c> values meaning "no such citizen" rather than a refusal; the gateway's code
    /// list was not found (§2.4), so this is a setting.
    /// </summary>
    public string[] NotFoundErrorCodes { get; set; } = ["1"];
}
