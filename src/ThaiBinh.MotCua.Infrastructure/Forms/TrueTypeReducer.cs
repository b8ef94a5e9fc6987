using System.Buffers.Binary;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>
/// Prepares a font for embedding in forms, once per face: keeps only the glyphs of the characters the
/// forms can print (every Vietnamese letter, the Latin letters of foreign names, punctuation)
/// and takes out the TrueType hinting, which only sharpens glyphs on low-resolution screens.
/// PDFsharp then subsets this smaller font for each document; with 2,600 glyphs it copied and
/// compressed full-size glyph tables into every receipt. Outlines, metrics and names are unchanged;
/// the font files in the repository stay the original release.
/// </summary>
internal static class TrueTypeReducer
{
    private const ushort ArgsAreWords = 0x0001;
    private const ushort HasScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HasXYScale = 0x0040;
    private const ushort HasTwoByTwo = 0x0080;
    private const ushort HasInstructions = 0x0100;

    /// <summary>
    /// What the forms print: Vietnamese in full (precomposed letters and the combining marks), the
    /// Latin letters of foreign names (Latin-1, Extended-A and -B), punctuation and the đồng sign.
    /// Anything else prints as an empty box; names are written in Latin letters on Vietnamese forms.
    /// </summary>
    public static readonly (char First, char Last)[] FormCharacters =
    [
        ('\u0020', '\u007E'), // Basic Latin
        ('\u00A0', '\u024F'), // Latin-1 Supplement, Latin Extended-A and -B (Ă Đ Ĩ Ũ Ơ Ư)
        ('\u02C6', '\u02DD'), // Spacing accents
        ('\u0300', '\u0323'), // Combining accents, the five Vietnamese tones among them
        ('\u1E00', '\u1EFF'), // Latin Extended Additional: the precomposed Vietnamese letters
        ('\u2010', '\u203A'), // Dashes, quotation marks, bullets, ellipsis, per mille
        ('\u20AB', '\u20AC'), // ₫ €
        ('\u2116', '\u2116'), // №
    ];

    private static readonly string[] KeptTables = ["head", "hhea", "maxp", "OS/2", "name"];

    public static byte[] Reduce(byte[] font, IReadOnlyList<(char First, char Last)> characters)
    {
        var source = TrueTypeFile.ReadTables(font);
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(source["head"].AsSpan(50)) == 1;
        var glyf = source["glyf"];
        var loca = source["loca"];
        var mapped = TrueTypeCmap.Read(source["cmap"], characters);

        var kept = new SortedSet<ushort> { 0 };
        var pending = new Stack<ushort>(mapped.Values);
        while (pending.TryPop(out var glyph))
        {
            if (kept.Add(glyph))
            {
                foreach (var component in Components(Glyph(glyf, loca, glyph, longLoca)))
                {
                    pending.Push(component);
                }
            }
        }

        var order = kept.ToArray();
        var newId = new Dictionary<ushort, ushort>(order.Length);
        for (var i = 0; i < order.Length; i++)
        {
            newId[order[i]] = (ushort)i;
        }

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var tag in KeptTables.Where(source.ContainsKey))
        {
            tables[tag] = (byte[])source[tag].Clone();
        }

        (tables["glyf"], tables["loca"]) = Glyphs(glyf, loca, longLoca, order, newId);
        tables["hmtx"] = Metrics(source["hmtx"], BinaryPrimitives.ReadUInt16BigEndian(source["hhea"].AsSpan(34)), order);
        tables["cmap"] = TrueTypeCmap.Write(mapped.ToDictionary(pair => pair.Key, pair => newId[pair.Value]));
        tables["post"] = source["post"][..32];
        BinaryPrimitives.WriteUInt32BigEndian(tables["post"], 0x00030000); // no glyph names
        BinaryPrimitives.WriteInt16BigEndian(tables["head"].AsSpan(50), 1); // 32-bit loca offsets
        BinaryPrimitives.WriteUInt16BigEndian(tables["hhea"].AsSpan(34), (ushort)order.Length);
        BinaryPrimitives.WriteUInt16BigEndian(tables["maxp"].AsSpan(4), (ushort)order.Length);
        if (tables["maxp"].Length >= 28)
        {
            BinaryPrimitives.WriteUInt16BigEndian(tables["maxp"].AsSpan(26), 0); // maxSizeOfInstructions
        }

        return TrueTypeFile.Write(tables);
    }

    private static ReadOnlySpan<byte> Glyph(byte[] glyf, byte[] loca, int glyph, bool longLoca)
    {
        var start = Offset(loca, glyph, longLoca);
        return glyf.AsSpan(start, Offset(loca, glyph + 1, longLoca) - start);
    }

    private static int Offset(byte[] loca, int glyph, bool longLoca) => longLoca
        ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(glyph * 4))
        : BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(glyph * 2)) * 2;

    private static (byte[] Glyf, byte[] Loca) Glyphs(byte[] glyf, byte[] loca, bool longLoca, ushort[] order, Dictionary<ushort, ushort> newId)
    {
        var output = new MemoryStream();
        var newLoca = new byte[(order.Length + 1) * 4];
        for (var i = 0; i < order.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(i * 4), (uint)output.Length);
            var glyph = Glyph(glyf, loca, order[i], longLoca);
            if (glyph.Length > 0)
            {
                output.Write(WithoutInstructions(glyph, newId));
                output.Write(new byte[TrueTypeFile.Aligned((int)output.Length) - (int)output.Length]);
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(order.Length * 4), (uint)output.Length);
        return (output.ToArray(), newLoca);
    }

    /// <summary>The glyphs a composite glyph is built from (accented letters are letter + mark).</summary>
    private static List<ushort> Components(ReadOnlySpan<byte> glyph)
    {
        var components = new List<ushort>();
        if (glyph.Length == 0 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return components;
        }

        var at = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]));
            at += ComponentLength(flags);
        }
        while ((flags & MoreComponents) != 0);

        return components;
    }

    private static int ComponentLength(ushort flags) =>
        4 + ((flags & ArgsAreWords) != 0 ? 4 : 2) +
        ((flags & HasTwoByTwo) != 0 ? 8 : (flags & HasXYScale) != 0 ? 4 : (flags & HasScale) != 0 ? 2 : 0);

    /// <summary>One glyph without its instructions; a composite one with its components renumbered.</summary>
    private static byte[] WithoutInstructions(ReadOnlySpan<byte> glyph, Dictionary<ushort, ushort> newId)
    {
        var contours = BinaryPrimitives.ReadInt16BigEndian(glyph);
        if (contours >= 0)
        {
            var lengthAt = 10 + (2 * contours);
            var instructions = BinaryPrimitives.ReadUInt16BigEndian(glyph[lengthAt..]);
            var simple = new byte[glyph.Length - instructions];
            glyph[..lengthAt].CopyTo(simple);
            glyph[(lengthAt + 2 + instructions)..].CopyTo(simple.AsSpan(lengthAt + 2));
            return simple;
        }

        var composite = glyph.ToArray();
        var at = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(composite.AsSpan(at));
            BinaryPrimitives.WriteUInt16BigEndian(composite.AsSpan(at), (ushort)(flags & ~HasInstructions));
            var component = BinaryPrimitives.ReadUInt16BigEndian(composite.AsSpan(at + 2));
            BinaryPrimitives.WriteUInt16BigEndian(composite.AsSpan(at + 2), newId[component]);
            at += ComponentLength(flags);
        }
        while ((flags & MoreComponents) != 0);

        return composite[..at];
    }

    /// <summary>Advance width and left side bearing of each kept glyph, one full pair each.</summary>
    private static byte[] Metrics(byte[] hmtx, int longMetrics, ushort[] order)
    {
        var metrics = new byte[order.Length * 4];
        for (var i = 0; i < order.Length; i++)
        {
            var glyph = order[i];
            var advance = BinaryPrimitives.ReadUInt16BigEndian(hmtx.AsSpan(Math.Min(glyph, longMetrics - 1) * 4));
            var bearing = glyph < longMetrics
                ? BinaryPrimitives.ReadInt16BigEndian(hmtx.AsSpan((glyph * 4) + 2))
                : BinaryPrimitives.ReadInt16BigEndian(hmtx.AsSpan((longMetrics * 4) + ((glyph - longMetrics) * 2)));
            BinaryPrimitives.WriteUInt16BigEndian(metrics.AsSpan(i * 4), advance);
            BinaryPrimitives.WriteInt16BigEndian(metrics.AsSpan((i * 4) + 2), bearing);
        }

        return metrics;
    }
}
