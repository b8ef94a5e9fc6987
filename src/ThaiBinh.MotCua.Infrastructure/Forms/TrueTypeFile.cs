using System.Buffers.Binary;
using System.Text;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>A TrueType (sfnt) file as its tables by tag: read from bytes and written back.</summary>
internal static class TrueTypeFile
{
    public static SortedDictionary<string, byte[]> ReadTables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + (i * 16), 16);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            tables[Encoding.ASCII.GetString(record[..4])] = font.AsSpan(offset, length).ToArray();
        }

        return tables;
    }

    /// <summary>The directory, then each table 4-byte aligned, with checksums and the head adjustment.</summary>
    public static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var (power, log) = BinarySearchHeader(count);

        var font = new byte[12 + (16 * count) + tables.Values.Sum(t => Aligned(t.Length))];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)((count - power) * 16));

        var offset = 12 + (16 * count);
        var headOffset = 0;
        var index = 0;
        foreach (var (tag, data) in tables)
        {
            if (tag == "head")
            {
                BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), 0); // checkSumAdjustment, set last
                headOffset = offset;
            }

            var record = font.AsSpan(12 + (index++ * 16), 16);
            Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(font.AsSpan(offset));
            offset += Aligned(data.Length);
        }

        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(font)));
        return font;
    }

    public static int Aligned(int length) => (length + 3) & ~3;

    /// <summary>The largest power of two not above <paramref name="count"/>, and its log2 (sfnt and cmap headers).</summary>
    public static (int Power, int Log) BinarySearchHeader(int count)
    {
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        return (power, log);
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        Span<byte> word = stackalloc byte[4];
        for (var i = 0; i < data.Length; i += 4)
        {
            word.Clear();
            data[i..Math.Min(i + 4, data.Length)].CopyTo(word);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(word));
        }

        return sum;
    }
}
