using Npgsql;

namespace ThaiBinh.MotCua.Benchmarks.Scale;

/// <summary>The sections of generate.sql (copied next to the binary), run on one connection.</summary>
public sealed class ScaleSql
{
    private const string SectionMarker = "-- @@ ";

    private readonly Dictionary<string, string> _sections;

    private ScaleSql(Dictionary<string, string> sections) => _sections = sections;

    public static ScaleSql Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Scale", "generate.sql");
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        var text = new System.Text.StringBuilder();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(SectionMarker, StringComparison.Ordinal))
            {
                Close();
                name = line[SectionMarker.Length..].Trim();
                continue;
            }

            // Whole-line comments are dropped: they mention @parameters the driver must not see.
            if (name is not null && !line.TrimStart().StartsWith("--", StringComparison.Ordinal))
            {
                text.AppendLine(line);
            }
        }

        Close();
        return new ScaleSql(sections);

        void Close()
        {
            if (name is not null)
            {
                sections[name] = text.ToString();
            }

            text.Clear();
        }
    }

    public string this[string section] => _sections[section];

    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, IReadOnlyDictionary<string, object>? parameters = null)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var (name, value) in parameters ?? new Dictionary<string, object>())
        {
            if (sql.Contains('@' + name, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue(name, value);
            }
        }

        return await command.ExecuteNonQueryAsync();
    }

    public static async Task<List<object?[]>> QueryAsync(NpgsqlConnection connection, string sql, IReadOnlyDictionary<string, object>? parameters = null)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var (name, value) in parameters ?? new Dictionary<string, object>())
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
