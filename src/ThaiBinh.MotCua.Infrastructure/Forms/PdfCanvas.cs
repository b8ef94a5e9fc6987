using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>
/// The layout helper every form draws with: a cursor that moves down the page, wrapped text, label and
/// value lines, and new pages when the text runs out of room. All text is NFC-normalised first:
/// PDFsharp maps characters to glyphs one by one and cannot compose a letter from its marks.
/// </summary>
internal sealed partial class PdfCanvas : IDisposable
{
    public const double Margin = 34; // 12 mm

    private static readonly XPdfFontOptions UnicodeOnly = new(PdfFontEncoding.Unicode);

    private readonly PdfDocument _document;
    private readonly PageSize _size;
    private readonly PageOrientation _orientation;
    private XGraphics _gfx = null!;

    public PdfCanvas(string title, PageSize size, PageOrientation orientation = PageOrientation.Portrait)
    {
        LiberationFontResolver.EnsureInstalled();
        _document = new PdfDocument();
        _document.Info.Title = Nfc(title);
        _document.Info.Creator = "ThaiBinh.MotCua";
        _document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        _size = size;
        _orientation = orientation;
        NewPage();
    }

    public PdfPage Page { get; private set; } = null!;

    public XGraphics Graphics => _gfx;

    public double Y { get; set; }

    public double Left => Margin;

    public double Right => Page.Width.Point - Margin;

    public double Width => Right - Left;

    public double Bottom => Page.Height.Point - Margin;

    public int PageCount => _document.PageCount;

    /// <summary>
    /// A face of Liberation Serif, always with Unicode encoding: left to choose, PDFsharp writes each
    /// face twice (a WinAnsi font for lines without Vietnamese letters and a Unicode one for the rest).
    /// </summary>
    public static XFont Font(double size, bool bold = false, bool italic = false) =>
        new(LiberationFontResolver.Family, size, (bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (italic ? XFontStyleEx.Italic : XFontStyleEx.Regular), UnicodeOnly);

    /// <summary>
    /// The text in NFC. Text made only of Latin letters that are already precomposed (below U+0300,
    /// or Vietnamese letters in Latin Extended Additional, U+1E00–U+1EFF) is NFC as it stands and
    /// skips the normaliser, which costs more than the rest of a line's layout.
    /// </summary>
    public static string Nfc(string text) =>
        text.AsSpan().ContainsAnyExceptInRange('\0', '\u02FF') && !IsPrecomposedLatin(text) ? text.Normalize(NormalizationForm.FormC) : text;

    public void NewPage()
    {
        _gfx?.Dispose();
        Page = _document.AddPage();
        Page.Size = _size;
        Page.Orientation = _orientation;
        _gfx = XGraphics.FromPdfPage(Page);
        Y = Margin;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one.</summary>
    public void EnsureRoom(double height)
    {
        if (Y + height > Bottom)
        {
            NewPage();
        }
    }

    public void Space(double points) => Y += points;

    /// <summary>A paragraph wrapped to the page width (or a column), moving the cursor down.</summary>
    public void Paragraph(string text, XFont font, Align align = Align.Left, double indent = 0, double? left = null, double? width = null)
    {
        var x = (left ?? Left) + indent;
        var w = (width ?? Width) - indent;
        foreach (var line in Wrap(text, font, w))
        {
            EnsureRoom(font.GetHeight());
            DrawLine(line, font, x, w, align);
            Y += font.GetHeight();
        }
    }

    /// <summary>
    /// Two short "Label: value" pairs on one line when both fit (phone and email), else one line each:
    /// what keeps a form with one more line on its one page.
    /// </summary>
    public void LabelValues(string label, string? value, string secondLabel, string? secondValue, XFont font, XFont bold)
    {
        const double Gap = 12;
        var first = _gfx.MeasureString(Nfc(label) + " ", bold).Width + _gfx.MeasureString(Nfc(value ?? ""), font).Width;
        var second = _gfx.MeasureString(Nfc(secondLabel) + " ", bold).Width + _gfx.MeasureString(Nfc(secondValue ?? ""), font).Width;
        if (first + Gap + second > Width)
        {
            LabelValue(label, value, font, bold);
            LabelValue(secondLabel, secondValue, font, bold);
            return;
        }

        EnsureRoom(font.GetHeight());
        var x = Left;
        foreach (var (text, face) in new[] { (Nfc(label) + " ", bold), (Nfc(value ?? ""), font), (null, font), (Nfc(secondLabel) + " ", bold), (Nfc(secondValue ?? ""), font) })
        {
            if (text is null)
            {
                x += Gap;
                continue;
            }

            _gfx.DrawString(text, face, XBrushes.Black, x, Y, XStringFormats.TopLeft);
            x += _gfx.MeasureString(text, face).Width;
        }

        Y += font.GetHeight();
    }

    /// <summary>"Label: value", the label in bold, the value wrapped under the line's full width.</summary>
    public void LabelValue(string label, string? value, XFont font, XFont bold)
    {
        var labelText = Nfc(label) + " ";
        var labelWidth = _gfx.MeasureString(labelText, bold).Width;
        var lines = Wrap(value ?? "", font, Width - labelWidth);
        EnsureRoom(font.GetHeight());
        _gfx.DrawString(labelText, bold, XBrushes.Black, Left, Y, XStringFormats.TopLeft);
        for (var i = 0; i < Math.Max(1, lines.Count); i++)
        {
            if (i > 0)
            {
                EnsureRoom(font.GetHeight());
            }

            if (i < lines.Count)
            {
                _gfx.DrawString(lines[i], font, XBrushes.Black, Left + labelWidth, Y, XStringFormats.TopLeft);
            }

            Y += font.GetHeight();
        }
    }

    /// <summary>
    /// Greedy word wrap by measured width; a word longer than the line is cut. Each word is measured
    /// once and widths are added (PDFsharp applies no kerning, so a line's width is the sum).
    /// </summary>
    public List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var space = _gfx.MeasureString(" ", font).Width;
        foreach (var paragraph in Nfc(text).Split('\n'))
        {
            var line = new StringBuilder();
            var lineWidth = 0.0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = _gfx.MeasureString(word, font).Width;
                var added = line.Length == 0 ? wordWidth : lineWidth + space + wordWidth;
                if (added <= width)
                {
                    (line.Length == 0 ? line : line.Append(' ')).Append(word);
                    lineWidth = added;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                var rest = word;
                while (wordWidth > width && rest.Length > 1)
                {
                    var cut = rest.Length - 1;
                    while (cut > 1 && _gfx.MeasureString(rest[..cut], font).Width > width)
                    {
                        cut--;
                    }

                    lines.Add(rest[..cut]);
                    rest = rest[cut..];
                    wordWidth = _gfx.MeasureString(rest, font).Width;
                }

                line.Append(rest);
                lineWidth = wordWidth;
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    public byte[] ToPdf()
    {
        _gfx.Dispose();
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _gfx.Dispose();
        _document.Dispose();
    }

    private static bool IsPrecomposedLatin(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300' && (c < '\u1E00' || c > '\u1EFF'))
            {
                return false;
            }
        }

        return true;
    }

    private void DrawLine(string line, XFont font, double x, double width, Align align)
    {
        var format = align switch
        {
            Align.Center => XStringFormats.TopCenter,
            Align.Right => XStringFormats.TopRight,
            _ => XStringFormats.TopLeft,
        };
        _gfx.DrawString(line, font, XBrushes.Black, new XRect(x, Y, width, font.GetHeight()), format);
    }
}
