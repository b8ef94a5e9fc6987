using System.Security.Cryptography;

namespace ThaiBinh.MotCua.Infrastructure.Security;

/// <summary>
/// Development's signing key, kept in a git-ignored file (<c>.local/</c> of the clone by default) and
/// made once with random bytes, so that tokens survive a restart of the API on a developer's machine.
/// </summary>
internal static class DevelopmentSigningKey
{
    public static string LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        var creation = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            creation.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // a secret: the owner only
        }

        try
        {
            using var file = new FileStream(path, creation);
            using var writer = new StreamWriter(file);
            writer.WriteLine(key);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process started at the same moment and wrote it first: use theirs.
            return File.ReadAllText(path).Trim();
        }
    }
}
