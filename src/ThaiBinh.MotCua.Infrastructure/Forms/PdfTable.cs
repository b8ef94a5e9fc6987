using PdfSharp.Drawing;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>A column of a bordered table: its header and its share of the width.</summary>
internal sealed record TableColumn(string Header, double Weight, Align Align = Align.Left);

/// <summary>
/// A bordered table whose cells wrap; a row that does not fit goes to a new page, where the header
/// is drawn again.
/// </summary>
internal sealed class PdfTable(PdfCanvas canvas, IReadOnlyList<TableColumn> columns, XFont font, XFont headerFont)
{
    private const double Padding = 2.5;

    public void Draw(IEnumerable<IReadOnlyList<string>> rows)
    {
        DrawRow([.. columns.Select(c => c.Header)], headerFont, header: true);
        foreach (var row in rows)
        {
            var lines = Lines(row, font);
            if (canvas.Y + Height(lines, font) > canvas.Bottom)
            {
                canvas.NewPage();
                DrawRow([.. columns.Select(c => c.Header)], headerFont, header: true);
            }

            DrawLines(lines, font, header: false);
        }
    }

    private void DrawRow(IReadOnlyList<string> cells, XFont cellFont, bool header)
    {
        var lines = Lines(cells, cellFont);
        canvas.EnsureRoom(Height(lines, cellFont));
        DrawLines(lines, cellFont, header);
    }

    private void DrawLines(List<List<string>> lines, XFont cellFont, bool header)
    {
        var height = Height(lines, cellFont);
        var x = canvas.Left;
        var widths = Widths();
        var gfx = canvas.Graphics;
        for (var i = 0; i < columns.Count; i++)
        {
            if (header)
            {
                gfx.DrawRectangle(XBrushes.Gainsboro, x, canvas.Y, widths[i], height);
            }

            gfx.DrawRectangle(new XPen(XColors.Black, 0.5), x, canvas.Y, widths[i], height);
            var y = canvas.Y + Padding;
            var align = header ? Align.Center : columns[i].Align;
            foreach (var line in lines[i])
            {
                var format = align switch
                {
                    Align.Center => XStringFormats.TopCenter,
                    Align.Right => XStringFormats.TopRight,
                    _ => XStringFormats.TopLeft,
                };
                gfx.DrawString(line, cellFont, XBrushes.Black, new XRect(x + Padding, y, widths[i] - (2 * Padding), cellFont.GetHeight()), format);
                y += cellFont.GetHeight();
            }

            x += widths[i];
        }

        canvas.Y += height;
    }

    private List<List<string>> Lines(IReadOnlyList<string> cells, XFont cellFont)
    {
        var widths = Widths();
        return [.. cells.Select((cell, i) => canvas.Wrap(cell, cellFont, widths[i] - (2 * Padding)))];
    }

    private static double Height(List<List<string>> lines, XFont cellFont) =>
        (lines.Max(l => l.Count) * cellFont.GetHeight()) + (2 * Padding);

    private double[] Widths()
    {
        var total = columns.Sum(c => c.Weight);
        return [.. columns.Select(c => canvas.Width * c.Weight / total)];
    }
}
