using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>A PDF read back as a person would read it: text in content order, its links and QR codes.</summary>
public sealed partial class PdfText
{
    private PdfText(IReadOnlyList<string> pages, IReadOnlyList<string> links, IReadOnlyList<string?> qrCodes)
    {
        Pages = pages;
        Links = links;
        QrCodes = qrCodes;
    }

    public IReadOnlyList<string> Pages { get; }

    public string All => string.Join(" ", Pages);

    public IReadOnlyList<string> Links { get; }

    /// <summary>The text of the QR code drawn on each page (null where there is none), decoded from the shapes.</summary>
    public IReadOnlyList<string?> QrCodes { get; }

    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<string>();
        var links = new List<string>();
        var qrCodes = new List<string?>();
        foreach (var page in document.GetPages())
        {
            pages.Add(Normalize(ContentOrderTextExtractor.GetText(page)));
            links.AddRange(page.GetAnnotations().Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri));
            qrCodes.Add(DrawnQrCode.Decode(page));
        }

        return new PdfText(pages, links, qrCodes);
    }

    /// <summary>NFC and single spaces, so expected values are compared as typed.</summary>
    public static string Normalize(string text) => Spaces().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
