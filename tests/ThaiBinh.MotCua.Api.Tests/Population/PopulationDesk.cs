using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Simulators.Population;

namespace ThaiBinh.MotCua.Api.Tests.Population;

/// <summary>The desk's side of a lookup over HTTP, the log as the database holds it, and what the simulated registry received.</summary>
internal sealed class PopulationDesk(ApiFixture api, WorkflowClient workflow)
{
    public PopulationInbox Registry => api.Simulators.Services.GetRequiredService<PopulationInbox>();

    public PopulationFaults Faults => api.Simulators.Services.GetRequiredService<PopulationFaults>();

    public async Task<HttpResponseMessage> PostLookupAsync(string username, object body) =>
        await (await workflow.As(username)).PostAsJsonAsync("/api/citizens/lookups", body);

    /// <summary>Looks the citizen up as <paramref name="username"/> and expects a 200.</summary>
    public async Task<JsonElement> LookUpAsync(string username, string citizenId, string fullName, string birthDate)
    {
        var response = await PostLookupAsync(username, new { citizenId, fullName, birthDate, reason = "Tiếp nhận hồ sơ thủ tục 1.001193" });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A receipt of 1.001193 for the applicant, naming <paramref name="lookupId"/>; answers the created dossier's code.</summary>
    public async Task<string> ReceiveAsync(string username, Guid? lookupId, string citizenId = WorkflowClient.CitizenId,
        string fullName = "Nguyễn Văn Ấn", string birthDate = "1990-05-01")
    {
        var body = await workflow.ReceiptBodyAsync("1.001193");
        body["applicant"] = new { fullName, citizenId, birthDate, phone = WorkflowClient.Phone, address = "Phường Lê Hồng Phong, TP Thái Bình" };
        body["populationLookupId"] = lookupId;
        var response = await (await workflow.As(username)).PostAsJsonAsync("/api/dossiers", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Code();
    }

    public async Task<JsonElement> IdentityAsync(string username, string code) =>
        (await workflow.GetAsync(username, code)).GetProperty("identity");

    /// <summary>The log's row as the database holds it: outcome, finished at, dossier code, request id, officer's username, reason.</summary>
    public async Task<LogRow?> RowAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            select l.outcome, l.finished_at, l.dossier_code, l.request_id, o.username, l.reason, l.citizen_id, l.detail
            from population_lookups l join officers o on o.id = l.officer_id where l.id = @id
            """, connection);
        command.Parameters.AddWithValue("id", id);
        await using var row = await command.ExecuteReaderAsync();
        return await row.ReadAsync()
            ? new LogRow(row.GetString(0), row.IsDBNull(1) ? null : row.GetFieldValue<DateTimeOffset>(1), row.IsDBNull(2) ? null : row.GetString(2),
                row.GetString(3), row.GetString(4), row.GetString(5), row.GetString(6), row.IsDBNull(7) ? null : row.GetString(7))
            : null;
    }

    /// <summary>The outcomes of the rows logged for <paramref name="citizenId"/>, oldest first.</summary>
    public async Task<List<string>> OutcomesAsync(string citizenId)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select outcome from population_lookups where citizen_id = @id order by requested_at, id", connection);
        command.Parameters.AddWithValue("id", citizenId);
        await using var row = await command.ExecuteReaderAsync();
        var outcomes = new List<string>();
        while (await row.ReadAsync())
        {
            outcomes.Add(row.GetString(0));
        }

        return outcomes;
    }

    public sealed record LogRow(
        string Outcome, DateTimeOffset? FinishedAt, string? DossierCode, string RequestId, string Officer, string Reason, string CitizenId, string? Detail);
}

internal static class LookupJson
{
    public static Guid LookupId(this JsonElement lookup) => lookup.GetProperty("lookupId").GetGuid();

    public static string Outcome(this JsonElement lookup) => lookup.GetProperty("outcome").GetString()!;
}
