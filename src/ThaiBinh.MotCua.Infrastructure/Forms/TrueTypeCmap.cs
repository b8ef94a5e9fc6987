using System.Buffers.Binary;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>The Unicode (Windows, BMP) character-to-glyph table of a TrueType font: format 4.</summary>
internal static class TrueTypeCmap
{
    /// <summary>The glyph of every character in <paramref name="characters"/> the font has.</summary>
    public static Dictionary<char, ushort> Read(byte[] cmap, IReadOnlyList<(char First, char Last)> characters)
    {
        var subtable = UnicodeSubtable(cmap);
        var segments = BinaryPrimitives.ReadUInt16BigEndian(subtable[6..]) / 2;
        var ends = 14;
        var starts = ends + (segments * 2) + 2;
        var deltas = starts + (segments * 2);
        var rangeOffsets = deltas + (segments * 2);
        var glyphs = new Dictionary<char, ushort>();
        for (var segment = 0; segment < segments; segment++)
        {
            var first = BinaryPrimitives.ReadUInt16BigEndian(subtable[(starts + (segment * 2))..]);
            var last = BinaryPrimitives.ReadUInt16BigEndian(subtable[(ends + (segment * 2))..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(subtable[(deltas + (segment * 2))..]);
            var rangeOffsetAt = rangeOffsets + (segment * 2);
            var rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(subtable[rangeOffsetAt..]);
            foreach (var (from, to) in characters)
            {
                for (int c = Math.Max(first, from); c <= Math.Min(last, to); c++)
                {
                    var glyph = rangeOffset == 0
                        ? (ushort)(c + delta)
                        : BinaryPrimitives.ReadUInt16BigEndian(subtable[(rangeOffsetAt + rangeOffset + ((c - first) * 2))..]);
                    if (rangeOffset != 0 && glyph != 0)
                    {
                        glyph = (ushort)(glyph + delta);
                    }

                    if (glyph != 0)
                    {
                        glyphs[(char)c] = glyph;
                    }
                }
            }
        }

        return glyphs;
    }

    /// <summary>A cmap with one format 4 subtable: a segment per run of consecutive characters and glyphs.</summary>
    public static byte[] Write(Dictionary<char, ushort> glyphs)
    {
        var segments = new List<(char First, char Last, ushort Glyph)>();
        foreach (var c in glyphs.Keys.Order())
        {
            if (segments.Count > 0 && segments[^1].Last + 1 == c && segments[^1].Glyph + (c - segments[^1].First) == glyphs[c])
            {
                segments[^1] = segments[^1] with { Last = c };
            }
            else
            {
                segments.Add((c, c, glyphs[c]));
            }
        }

        segments.Add(('\uFFFF', '\uFFFF', 0)); // the closing segment the format requires
        var count = segments.Count;
        var (power, log) = TrueTypeFile.BinarySearchHeader(count);

        var length = 16 + (8 * count);
        var table = new byte[12 + length];
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), 1); // one subtable
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(4), 3); // Windows
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(6), 1); // Unicode BMP
        BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(8), 12);
        var subtable = table.AsSpan(12);
        BinaryPrimitives.WriteUInt16BigEndian(subtable, 4);
        BinaryPrimitives.WriteUInt16BigEndian(subtable[2..], (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(subtable[6..], (ushort)(count * 2));
        BinaryPrimitives.WriteUInt16BigEndian(subtable[8..], (ushort)(power * 2));
        BinaryPrimitives.WriteUInt16BigEndian(subtable[10..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(subtable[12..], (ushort)((count - power) * 2));
        for (var i = 0; i < count; i++)
        {
            var (first, last, glyph) = segments[i];
            BinaryPrimitives.WriteUInt16BigEndian(subtable[(14 + (i * 2))..], last);
            BinaryPrimitives.WriteUInt16BigEndian(subtable[(16 + (count * 2) + (i * 2))..], first);
            var delta = first == '\uFFFF' ? (ushort)1 : unchecked((ushort)(glyph - first));
            BinaryPrimitives.WriteUInt16BigEndian(subtable[(16 + (count * 4) + (i * 2))..], delta);
        }

        return table;
    }

    private static ReadOnlySpan<byte> UnicodeSubtable(byte[] cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(2));
        for (var i = 0; i < count; i++)
        {
            var record = cmap.AsSpan(4 + (i * 8));
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            if (BinaryPrimitives.ReadUInt16BigEndian(record) == 3 && BinaryPrimitives.ReadUInt16BigEndian(record[2..]) == 1
                && BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(offset)) == 4)
            {
                return cmap.AsSpan(offset);
            }
        }

        throw new InvalidDataException("The font has no Unicode (3,1) format 4 character map.");
    }
}
