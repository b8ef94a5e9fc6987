using System.Text.RegularExpressions;
using Npgsql;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Infrastructure.Jobs;
using ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// SQL spells the domain's open statuses as numbers (partial indexes, the flagging job, the work
/// queue's index): a status added to the list and not to the SQL would drop dossiers from all three.
/// </summary>
public sealed partial class OpenStatusesTests(ApiFixture api) : ApiTest
{
    private static readonly string Open = string.Join(", ", DossierStatusExtensions.Open.Select(s => (int)s));

    [Fact]
    public void The_SQL_numbers_are_the_domain_list()
    {
        Assert.Equal(DossierConfiguration.OpenStatuses, Open);
        Assert.Contains($"status IN ({Open})", FlaggingSql.Flag);
        Assert.Contains($"status IN ({Open})", FlaggingSql.Snapshot);
    }

    [Fact]
    public async Task Every_partial_index_on_status_in_the_migrated_database_holds_the_open_dossiers()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'dossiers' AND indexdef LIKE '%WHERE%status%'", connection);
        var indexes = new Dictionary<string, string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes[reader.GetString(0)] = reader.GetString(1);
            }
        }

        Assert.Contains("ix_dossiers_open_queue", indexes.Keys);
        Assert.Contains("ix_dossiers_open_flags", indexes.Keys);
        Assert.All(indexes, index => Assert.Equal(Open, StatusList().Match(index.Value).Groups[1].Value));
    }

    /// <summary>PostgreSQL prints <c>status IN (2, 4)</c> back as <c>status = ANY (ARRAY[2, 4])</c>.</summary>
    [GeneratedRegex(@"status = ANY \(ARRAY\[([0-9, ]+)\]\)")]
    private static partial Regex StatusList();
}
