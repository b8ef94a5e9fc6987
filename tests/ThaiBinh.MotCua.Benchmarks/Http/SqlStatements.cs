using System.Text;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>Splits a simple query into its statements at the semicolons outside quotes (Npgsql's reset query is several).</summary>
public static class SqlStatements
{
    public static List<string> Split(string sql)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        foreach (var c in sql)
        {
            if (quote is { } open)
            {
                current.Append(c);
                quote = c == open ? null : quote; // a doubled quote closes and reopens: same result
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                current.Append(c);
            }
            else if (c == ';')
            {
                Add();
            }
            else
            {
                current.Append(c);
            }
        }

        Add();
        return parts;

        void Add()
        {
            var part = current.ToString().Trim();
            if (part.Length > 0)
            {
                parts.Add(part);
            }

            current.Clear();
        }
    }
}
