using System.Security.Cryptography;

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

    /// <summary>SHA-256 (lower-case hex) of the files' bytes, in the order given.</summary>
    public static string Checksum(params IEnumerable<string> fileNames)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var fileName in fileNames)
        {
            using var stream = Open(fileName);
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            hash.AppendData(bytes.ToArray());
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
