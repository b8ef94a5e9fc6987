using System.Globalization;

namespace ThaiBinh.MotCua.Api.Tests.Files;

/// <summary>
/// The file settings of the test run's host: a store folder of the run's own (so "nothing was stored"
/// is a question about this run) and limits small enough to cross in a test without tens of megabytes.
/// </summary>
public static class FileTestSettings
{
    public const long MaxFileBytes = 2 * 1024 * 1024;

    public const long MaxDossierBytes = 3 * 1024 * 1024;

    public static readonly string Root = Path.Combine(Path.GetTempPath(), "motcua-test-files-" + Guid.NewGuid().ToString("N")[..12]);

    public static string MaxFile => MaxFileBytes.ToString(CultureInfo.InvariantCulture);

    public static string MaxDossier => MaxDossierBytes.ToString(CultureInfo.InvariantCulture);
}
