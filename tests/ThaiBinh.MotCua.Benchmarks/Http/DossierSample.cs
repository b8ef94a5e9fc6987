using System.Globalization;
using Npgsql;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>
/// Dossiers of the provincial centre picked at random from the loaded set, for the read paths. The
/// receipt is drawn only among dossiers that have one: those refused at reception (no due moment) have
/// a refusal notice instead, and their receipt answers 404 by design.
/// </summary>
public sealed class DossierSample
{
    /// <summary>Whole-desk scans before the measurements; a machine busy with other work can take minutes.</summary>
    private const int SetUpTimeoutSeconds = 300;

    private readonly List<(string Code, string Verify)> _dossiers;
    private readonly List<string> _withReceipt;
    private readonly long _total;
    private readonly long _open;
    private int _next;
    private int _nextReceipt;

    private DossierSample(List<(string Code, string Verify)> dossiers, List<string> withReceipt, long total, long open)
    {
        _dossiers = dossiers;
        _withReceipt = withReceipt;
        _total = total;
        _open = open;
    }

    public static async Task<DossierSample> LoadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var dossiers = new List<(string, string)>();
        var withReceipt = new List<string>();
        await using (var command = new NpgsqlCommand("""
            SELECT d.code, right(regexp_replace(coalesce(d.applicant_phone, d.applicant_citizen_id, ''), '\D', '', 'g'), 4), d.due_at IS NOT NULL
            FROM dossiers d JOIN offices o ON o.id = d.receiving_office_id
            WHERE o.code = @centre ORDER BY random() LIMIT 5000
            """, connection) { CommandTimeout = SetUpTimeoutSeconds })
        {
            command.Parameters.AddWithValue("centre", HttpCommand.Centre);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                dossiers.Add((reader.GetString(0), reader.GetString(1)));
                if (reader.GetBoolean(2))
                {
                    withReceipt.Add(reader.GetString(0));
                }
            }
        }

        await using var counts = new NpgsqlCommand("""
            SELECT count(*), count(*) FILTER (WHERE d.status IN (2, 4, 5, 6, 9)), count(*) FILTER (WHERE d.current_office_id = o.id AND d.status IN (2, 4, 5, 6, 9))
            FROM dossiers d JOIN offices o ON o.id = d.receiving_office_id WHERE o.code = @centre
            """, connection) { CommandTimeout = SetUpTimeoutSeconds };
        counts.Parameters.AddWithValue("centre", HttpCommand.Centre);
        await using var row = await counts.ExecuteReaderAsync();
        await row.ReadAsync();
        if (dossiers.Count == 0 || withReceipt.Count == 0)
        {
            throw new InvalidOperationException($"No dossier received at {HttpCommand.Centre}: load the data set first.");
        }

        return new DossierSample(dossiers, withReceipt, row.GetInt64(0), row.GetInt64(1));
    }

    /// <summary>Dossiers waiting at the centre's desk to be transferred: the moves of the peak mix.</summary>
    public static async Task<List<string>> ReceivedAtCentreAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT d.code FROM dossiers d JOIN offices o ON o.id = d.current_office_id
            WHERE o.code = @centre AND d.status = 2 ORDER BY d.received_at
            """, connection) { CommandTimeout = SetUpTimeoutSeconds };
        command.Parameters.AddWithValue("centre", HttpCommand.Centre);
        var codes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            codes.Add(reader.GetString(0));
        }

        return codes;
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"provincial centre {HttpCommand.Centre}: {_total:N0} dossiers received, {_open:N0} of them open; reads pick among {_dossiers.Count:N0} of them at random, the receipt among the {_withReceipt.Count:N0} of those with one");

    public string Code() => Pick().Code;

    /// <summary>A dossier that was accepted at reception, so it has a receipt.</summary>
    public string CodeWithReceipt() => _withReceipt[(int)((uint)Interlocked.Increment(ref _nextReceipt) % _withReceipt.Count)];

    /// <summary>A citizen's lookup with the right four digits, so no wrong verification is counted against the dossier.</summary>
    public BenchRequest PublicLookup()
    {
        var (code, verify) = Pick();
        return new BenchRequest(HttpMethod.Get, $"/api/public/dossiers/{code}?verify={verify}", Token: null);
    }

    private (string Code, string Verify) Pick() => _dossiers[(int)((uint)Interlocked.Increment(ref _next) % _dossiers.Count)];
}
