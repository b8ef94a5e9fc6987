using PdfSharp.Fonts;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>
/// Serves Liberation Serif from the assembly's own font files: every family name maps to it, so no
/// form depends on the fonts of the machine it runs on. PDFsharp asks once per face and keeps the
/// answer; it gets the font reduced to what forms print (<see cref="TrueTypeReducer"/>).
/// </summary>
internal sealed class LiberationFontResolver : IFontResolver
{
    public const string Family = "Liberation Serif";

    private static readonly Lazy<bool> Installed = new(() =>
    {
        GlobalFontSettings.FontResolver = new LiberationFontResolver();
        return true;
    });

    /// <summary>PDFsharp takes one resolver per process, set before any font is used.</summary>
    public static void EnsureInstalled() => _ = Installed.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => (bold, italic) switch
    {
        (true, _) => new FontResolverInfo("LiberationSerif-Bold", false, italic),
        (false, true) => new FontResolverInfo("LiberationSerif-Italic"),
        _ => new FontResolverInfo("LiberationSerif-Regular"),
    };

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(LiberationFontResolver).Assembly.GetManifestResourceStream($"{typeof(LiberationFontResolver).Namespace}.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return TrueTypeReducer.Reduce(bytes.ToArray(), TrueTypeReducer.FormCharacters);
    }
}
