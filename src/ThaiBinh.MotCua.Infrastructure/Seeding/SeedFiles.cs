namespace ThaiBinh.MotCua.Infrastructure.Seeding;

/// <summary>The data files embedded under Seeding/Data.</summary>
internal static class SeedFiles
{
    public static Stream Open(string fileName)
    {
        var resource = $"{typeof(SeedFiles).Namespace}.Data.{fileName}";
        return typeof(SeedFiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded seed file {resource} is missing.");
    }
}
