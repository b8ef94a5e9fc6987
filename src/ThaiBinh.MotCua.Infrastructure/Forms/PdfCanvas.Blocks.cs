using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using QRCoder;
using ThaiBinh.MotCua.Application.Common.Regimes;
using ThaiBinh.MotCua.Application.Forms;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>The blocks Vietnamese administrative forms are made of.</summary>
internal sealed partial class PdfCanvas
{
    /// <summary>
    /// The header of every form: its number and circular in the top corner (forms differ by legal
    /// period), the issuing office on the left (the committees above it, office in bold, a short rule
    /// under it), the national motto on the right, and the place and date below.
    /// </summary>
    public void MottoHeader(FormHeading heading, FormIssuer issuer, DateTimeOffset issuedAt, double size)
    {
        var regular = Font(size);
        var bold = Font(size, bold: true);
        var italic = Font(size, italic: true);
        var column = Width * 0.47;
        var rightLeft = Left + column;
        var rightWidth = Width - column;
        var top = Y;
        // In the top margin: the number and circular are a reference, and a receipt must stay one page.
        Y = top - (size + 3);
        Paragraph($"{heading.Number} ({heading.Source})", Font(size - 1, italic: true), Align.Right);
        Y = top;

        foreach (var committee in issuer.Committees)
        {
            Paragraph(committee.ToUpperInvariant(), regular, Align.Center, left: Left, width: column);
        }

        Paragraph(issuer.Office.ToUpperInvariant(), bold, Align.Center, left: Left, width: column);
        Rule(Left + (column * 0.3), column * 0.4);
        var leftBottom = Y;

        Y = top;
        Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, Align.Center, left: rightLeft, width: rightWidth);
        Paragraph("Độc lập - Tự do - Hạnh phúc", bold, Align.Center, left: rightLeft, width: rightWidth);
        Rule(rightLeft + (rightWidth * 0.22), rightWidth * 0.56);
        Y = Math.Max(Y, leftBottom) + 4;
        var day = DateOnly.FromDateTime(Domain.Common.VietnamTime.ToLocal(issuedAt).DateTime);
        Paragraph($"{issuer.Place}, {Domain.Common.VietnameseDates.Day(day)}", italic, Align.Center, left: rightLeft, width: rightWidth);
        Space(6);
    }

    /// <summary>The form's title in bold capitals, centred, with an optional line under it.</summary>
    public void Title(string title, string? subtitle, double size)
    {
        Paragraph(title.ToUpperInvariant(), Font(size, bold: true), Align.Center);
        if (subtitle is not null)
        {
            Paragraph(subtitle, Font(size - 1, italic: true), Align.Center);
        }

        Space(6);
    }

    /// <summary>Two signature columns: the title in bold, "(Ký, ghi rõ họ tên)", room to sign, the name.</summary>
    public void Signatures(string leftTitle, string? leftName, string rightTitle, string? rightName, double size, string note = "(Ký, ghi rõ họ tên)")
    {
        var height = (Font(size).GetHeight() * 3) + 48;
        EnsureRoom(height);
        var half = Width / 2;
        var top = Y;
        if (leftTitle.Length > 0)
        {
            SignatureColumn(Left, half, leftTitle, leftName, size, note);
        }

        var leftBottom = Y;
        Y = top;
        SignatureColumn(Left + half, half, rightTitle, rightName, size, note);
        Y = Math.Max(Y, leftBottom);
    }

    /// <summary>
    /// A QR code drawn as vector shapes: a rectangle per horizontal run of dark modules, all filled
    /// as one path, with the same address as a link over it so a PDF viewer opens it too. The path is
    /// written straight into the page's content stream, in module units under a transform that puts
    /// row 0 at the top: a few hundred rectangles through XGraphics, each with its coordinates
    /// formatted as decimals, cost more than the rest of the receipt's drawing.
    /// </summary>
    public void Qr(string payload, double x, double y, double size)
    {
        var matrix = QrModules(payload);
        var module = size / matrix.Count;
        PdfRendererExtensions.BeginGraphicMode(_gfx); // closes any open text object
        var content = _gfx.Internals.ContentStringBuilder
            ?? throw new InvalidOperationException("The canvas draws on a PDF page.");
        content.Append(CultureInfo.InvariantCulture, $"q\n0 g\n{module:0.####} 0 0 {-module:0.####} {x:0.###} {Page.Height.Point - y:0.###} cm\n");
        for (var row = 0; row < matrix.Count; row++)
        {
            var cells = matrix[row];
            for (var col = 0; col < cells.Count; col++)
            {
                if (!cells[col])
                {
                    continue;
                }

                var start = col;
                while (col + 1 < cells.Count && cells[col + 1])
                {
                    col++;
                }

                content.Append(start).Append(' ').Append(row).Append(' ').Append(col - start + 1).Append(" 1 re\n");
            }
        }

        content.Append("f\nQ\n");
        var area = _gfx.Transformer.WorldToDefaultPage(new XRect(x, y, size, size));
        Page.AddWebLink(new PdfRectangle(area), payload);
    }

    /// <summary>The module grid of a QR code (quiet zone included), error correction M.</summary>
    public static List<System.Collections.BitArray> QrModules(string payload)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix;
    }

    public void Rule(double x, double width)
    {
        _gfx.DrawLine(new XPen(XColors.Black, 0.6), x, Y + 1, x + width, Y + 1);
        Y += 3;
    }

    private void SignatureColumn(double x, double width, string title, string? name, double size, string note)
    {
        Paragraph(title, Font(size, bold: true), Align.Center, left: x, width: width);
        Paragraph(note, Font(size - 1, italic: true), Align.Center, left: x, width: width);
        Space(42);
        if (!string.IsNullOrWhiteSpace(name))
        {
            Paragraph(name, Font(size, bold: true), Align.Center, left: x, width: width);
        }
    }
}
