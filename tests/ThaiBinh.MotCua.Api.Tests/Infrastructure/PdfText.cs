using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>A PDF read back as a person would read it: text in content order, and its links.</summary>
public sealed partial class PdfText
{
    private PdfText(IReadOnlyList<string> pages, IReadOnlyList<string> links, IReadOnlyList<int> squaresPerPage)
    {
        Pages = pages;
        Links = links;
        SquaresPerPage = squaresPerPage;
    }

    public IReadOnlyList<string> Pages { get; }

    public string All => string.Join(" ", Pages);

    public IReadOnlyList<string> Links { get; }

    /// <summary>
    /// The QR modules drawn on each page: filled rectangles one module high (under 3 pt), each counted
    /// as its width in modules.
    /// </summary>
    public IReadOnlyList<int> SquaresPerPage { get; }

    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<string>();
        var links = new List<string>();
        var squares = new List<int>();
        foreach (var page in document.GetPages())
        {
            pages.Add(Normalize(ContentOrderTextExtractor.GetText(page)));
            links.AddRange(page.GetAnnotations().Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri));
            squares.Add(page.Paths.Where(p => p.IsFilled)
                .SelectMany(p => p)
                .Select(s => s.GetBoundingRectangle())
                .OfType<UglyToad.PdfPig.Core.PdfRectangle>()
                .Where(box => box.Height > 0 && box.Height < 3)
                .Sum(box => (int)Math.Round(box.Width / box.Height)));
        }

        return new PdfText(pages, links, squares);
    }

    /// <summary>NFC and single spaces, so expected values are compared as typed.</summary>
    public static string Normalize(string text) => Spaces().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
