using UglyToad.PdfPig.Content;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// Reads a QR code back from the shapes a page drew: the filled rectangles one module high become a
/// module grid, the grid an image with a quiet zone, and ZXing decodes the image as a phone would.
/// </summary>
public static class DrawnQrCode
{
    private const int PixelsPerModule = 4;
    private const int QuietZone = 4;

    /// <summary>The decoded text, or null when the page draws no readable QR code.</summary>
    public static string? Decode(Page page)
    {
        var runs = page.Paths.Where(p => p.IsFilled)
            .SelectMany(p => p)
            .Select(s => s.GetBoundingRectangle())
            .OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Where(box => box.Height > 0 && box.Height < 3)
            .ToList();
        if (runs.Count == 0)
        {
            return null;
        }

        var module = runs.Min(r => r.Height);
        var left = runs.Min(r => r.Left);
        var top = runs.Max(r => r.Top);
        var size = (int)Math.Round((runs.Max(r => r.Right) - left) / module);
        var width = (size + (2 * QuietZone)) * PixelsPerModule;
        var pixels = Enumerable.Repeat((byte)255, width * width).ToArray();
        foreach (var run in runs)
        {
            var row = (int)Math.Round((top - run.Top) / module) + QuietZone;
            var first = (int)Math.Round((run.Left - left) / module) + QuietZone;
            var length = (int)Math.Round(run.Width / module);
            for (var y = row * PixelsPerModule; y < (row + 1) * PixelsPerModule; y++)
            {
                Array.Fill(pixels, (byte)0, (y * width) + (first * PixelsPerModule), length * PixelsPerModule);
            }
        }

        var image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, width, width, RGBLuminanceSource.BitmapFormat.Gray8)));
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = true };
        return new QRCodeReader().decode(image, hints)?.Text;
    }
}
