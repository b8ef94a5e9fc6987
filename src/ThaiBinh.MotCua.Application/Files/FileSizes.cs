using System.Globalization;

namespace ThaiBinh.MotCua.Application.Files;

/// <summary>Sizes as people read them in messages and on the page.</summary>
public static class FileSizes
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024d * 1024)).ToString("0.#", Vietnamese) + " MB",
        >= 1024 => (bytes / 1024d).ToString("0.#", Vietnamese) + " KB",
        _ => bytes.ToString(Vietnamese) + " byte",
    };
}
