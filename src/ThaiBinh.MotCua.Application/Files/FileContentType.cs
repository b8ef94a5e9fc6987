namespace ThaiBinh.MotCua.Application.Files;

/// <summary>
/// The types a dossier accepts, told by their first bytes (the name and the browser's Content-Type
/// say nothing a sender cannot fake): PDF <c>%PDF-</c>, JPEG <c>FF D8 FF</c>, PNG's eight-byte signature.
/// </summary>
public static class FileContentType
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeadLength = 8;

    public const string Pdf = "application/pdf";

    public const string Jpeg = "image/jpeg";

    public const string Png = "image/png";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The media type of content starting with <paramref name="head"/>, or null when it is none of the accepted ones.</summary>
    public static string? Detect(ReadOnlySpan<byte> head) =>
        head.StartsWith(PdfMagic) ? Pdf
        : head.StartsWith(PngMagic) ? Png
        : head.StartsWith(JpegMagic) ? Jpeg
        : null;
}
