using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Infrastructure.Jobs;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>Two real API processes, each with its job server, on one database of their own.</summary>
public sealed class TwoServers : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public ApiProcess First { get; private set; } = null!;

    public ApiProcess Second { get; private set; } = null!;

    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        // One after the other: the first migrates and seeds, the second finds it done.
        First = await ApiProcess.StartAsync(_database.ConnectionString);
        Second = await ApiProcess.StartAsync(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
        await _database.DisposeAsync();
    }
}

public sealed class TwoServersTests(TwoServers servers) : IClassFixture<TwoServers>
{
    private const string Desk = "phuong.tiepnhan";
    private const string Procedure = "1.001193";
    private static readonly TimeSpan JobWait = TimeSpan.FromSeconds(90);

    private ApiProcess First => servers.First;

    private ApiProcess Second => servers.Second;

    [Fact]
    public async Task Both_serve_and_a_desk_s_codes_stay_consecutive_across_them()
    {
        using var onFirst = await First.SignedInAsAsync(Desk);
        using var onSecond = await Second.SignedInAsAsync(Desk);
        var receipt = await WorkflowClient.ReceiptBodyAsync(onFirst, Procedure);

        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            (i % 2 == 0 ? onFirst : onSecond).PostAsJsonAsync("/api/dossiers", receipt)));

        foreach (var response in responses)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var codes = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).Code()));
        Assert.Equal(codes.Length, codes.Distinct().Count());
        // A code is OFFICE-YYMMDD-NNNN. Per desk and day, every dossier stored (these and any received
        // before) numbers 1, 2, 3… without a gap or a repeat.
        foreach (var day in codes.GroupBy(c => c[..c.LastIndexOf('-')]))
        {
            var stored = await StoredCodesAsync(day.Key);
            Assert.Superset(day.ToHashSet(), stored.ToHashSet());
            Assert.Equal(Enumerable.Range(1, stored.Count), stored.Select(c => int.Parse(c[(c.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).Order());
        }
    }

    private async Task<List<string>> StoredCodesAsync(string deskAndDay)
    {
        await using var connection = new NpgsqlConnection(servers.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT code FROM dossiers WHERE code LIKE @prefix", connection);
        command.Parameters.AddWithValue("prefix", deskAndDay + "-%");
        var codes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            codes.Add(reader.GetString(0));
        }

        return codes;
    }

    [Fact]
    public async Task The_flagging_runs_on_one_server_at_a_time_and_writes_each_overdue_alert_once()
    {
        using var desk = await First.SignedInAsAsync(Desk);
        var receipt = await WorkflowClient.ReceiptBodyAsync(desk, Procedure);
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var response = await desk.PostAsJsonAsync("/api/dossiers", receipt);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            codes.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).Code());
        }

        // The processes run on the real clock, so the dossiers are made overdue by moving their due
        // moments two days back rather than by waiting for them.
        await ExecuteAsync(
            "UPDATE dossiers SET due_at = now() - interval '2 days', current_step_due_at = now() - interval '2 days' WHERE code = ANY(@codes)",
            codes.ToArray());
        using var firstAdmin = await First.SignedInAsAsync("admin");
        using var secondAdmin = await Second.SignedInAsAsync("admin");

        // Another server in the middle of a run holds the lock: the first server's run skips.
        await using (var otherServer = new NpgsqlConnection(servers.ConnectionString))
        {
            await otherServer.OpenAsync();
            await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({OverdueFlagging.LockKey})", otherServer))
            {
                await take.ExecuteNonQueryAsync();
            }

            await TriggerFlaggingAsync(firstAdmin);
            await WaitForFlaggingRunsAsync(1);
            Assert.Equal(0, await CountOverdueAlertsAsync(codes));
            Assert.Contains(First.Lines.Concat(Second.Lines), line => line.Contains("Overdue flagging skipped", StringComparison.Ordinal));

            // Released before the connection goes back to the pool, where its session (and lock) would live on.
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({OverdueFlagging.LockKey})", otherServer);
            await release.ExecuteNonQueryAsync();
        }

        // Both servers asked at once: one run flags, the other finds nothing left to write.
        await Task.WhenAll(TriggerFlaggingAsync(firstAdmin), TriggerFlaggingAsync(secondAdmin));
        await WaitForFlaggingRunsAsync(3);

        Assert.Equal(codes.Count, await CountOverdueAlertsAsync(codes));
        Assert.Equal(1, await ScalarAsync(
            "SELECT max(n) FROM (SELECT count(*) AS n FROM outbox_messages o, jsonb_array_elements(o.payload -> 'dossiers') e "
            + "WHERE o.type = 'supervision.overdue-digest' AND e ->> 'code' = ANY(@codes) GROUP BY o.payload ->> 'supervisorId', e ->> 'code') per_supervisor_and_dossier",
            codes.ToArray()));
    }

    [Fact]
    public async Task The_trace_id_an_error_quotes_finds_its_lines_in_the_server_s_log()
    {
        using var desk = await Second.SignedInAsAsync(Desk);

        const string path = "/api/dossiers/000.01.31.H54-000101-9999";
        var response = await desk.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var quoted = (await Problem.ReadAsync(response)).TraceId!; // W3C: 00-<trace id>-<span id>-<flags>
        var traceId = quoted.Split('-')[1];
        // The request line is written as the response completes; the console may lag a moment behind.
        var waited = Stopwatch.StartNew();
        while (!Second.Lines.Any(line => line.Contains(traceId, StringComparison.Ordinal) && line.Contains($"HTTP GET {path} responded", StringComparison.Ordinal)))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), $"no request line with trace id {traceId}\n{Second.Output}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task An_office_renamed_in_the_database_is_named_so_by_the_other_server_at_its_next_request()
    {
        using var desk = await First.SignedInAsAsync(Desk);
        using var onSecond = await Second.SignedInAsAsync(Desk);
        var received = await desk.PostAsJsonAsync("/api/dossiers", await WorkflowClient.ReceiptBodyAsync(desk, Procedure));
        Assert.Equal(HttpStatusCode.Created, received.StatusCode);
        var dossier = await received.Content.ReadFromJsonAsync<JsonElement>();
        var office = dossier.Summary().GetProperty("receivingOffice").GetProperty("code").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync($"/api/dossiers/{dossier.Code()}")).StatusCode); // both caches loaded
        var before = await ScalarAsync("SELECT version FROM reference_data_versions");

        // A sign-in touches the officer's row but not what the cache holds of them: nothing to reload.
        await ExecuteAsync("UPDATE officers SET last_signed_in_at = now() WHERE username = @value", value: Desk);
        Assert.Equal(before, await ScalarAsync("SELECT version FROM reference_data_versions"));

        // Done outside both servers, as a change set or another admin tool would.
        await ExecuteAsync("UPDATE offices SET name = 'Bộ phận một cửa (đổi tên)' WHERE code = @value", value: office);
        Assert.NotEqual(before, await ScalarAsync("SELECT version FROM reference_data_versions"));

        foreach (var client in new[] { desk, onSecond })
        {
            var detail = await client.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier.Code()}");
            Assert.Equal("Bộ phận một cửa (đổi tên)", detail.Summary().GetProperty("receivingOffice").GetProperty("name").GetString());
        }
    }

    [Fact]
    public async Task A_day_off_set_through_one_server_moves_the_appointment_the_other_gives_next()
    {
        using var onSecond = await Second.SignedInAsAsync(Desk);
        using var admin = await First.SignedInAsAsync("admin");
        var receipt = await WorkflowClient.ReceiptBodyAsync(onSecond, Procedure);
        var first = await onSecond.PostAsJsonAsync("/api/dossiers", receipt);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var dueBefore = (await first.Content.ReadFromJsonAsync<JsonElement>()).Summary().GetProperty("dueAt").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(7));

        var dayOff = await admin.PutAsJsonAsync($"/api/calendar/days/{dueBefore:yyyy-MM-dd}", new
        {
            kind = "holiday",
            name = "Nghỉ đột xuất",
            reason = "Kiểm thử hai máy chủ",
        });
        Assert.Equal(HttpStatusCode.OK, dayOff.StatusCode);

        var second = await onSecond.PostAsJsonAsync("/api/dossiers", receipt);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var dueAfter = (await second.Content.ReadFromJsonAsync<JsonElement>()).Summary().GetProperty("dueAt").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(7));
        Assert.True(dueAfter.Date > dueBefore.Date, $"the second server still counted {dueBefore:yyyy-MM-dd} as a working day: {dueAfter}");
    }

    [Fact]
    public async Task A_page_session_and_a_form_token_of_one_server_hold_on_the_other()
    {
        using var browser = new PageBrowser();
        await browser.SignInAsync(First.BaseAddress, Desk);

        // The keys that sealed the cookie are in the database both servers read, not in one machine's
        // folder (both processes here could also share this machine's folder: the row says which).
        Assert.True(await ScalarAsync("SELECT count(*) FROM data_protection_keys") >= 1);
        using var queue = await browser.GetAsync(Second.BaseAddress, "/ho-so");
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);

        var token = await browser.TokenOfAsync(First.BaseAddress, "/dang-xuat");
        using var signedOut = await browser.PostFormAsync(Second.BaseAddress, "/dang-xuat", "sign-out", token, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains("/dang-nhap", signedOut.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var afterwards = await browser.GetAsync(First.BaseAddress, "/ho-so");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
    }

    /// <summary>What an admin does on the dashboard: "Trigger now" on the recurring flagging job.</summary>
    private static async Task TriggerFlaggingAsync(HttpClient admin)
    {
        var response = await HangfireDashboard.TriggerAsync(admin, OverdueFlaggingJob.Id);
        Assert.True(response.IsSuccessStatusCode, $"trigger: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task WaitForFlaggingRunsAsync(int finished)
    {
        var waited = Stopwatch.StartNew();
        long done;
        while ((done = await ScalarAsync(
            "SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%OverdueFlaggingJob%' AND statename IN ('Succeeded', 'Failed')")) < finished)
        {
            Assert.True(waited.Elapsed < JobWait, $"{done} of {finished} flagging runs finished within {JobWait.TotalSeconds} s\n{First.Output}\n{Second.Output}");
            await Task.Delay(250);
        }

        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%OverdueFlaggingJob%' AND statename = 'Failed'"));
    }

    private Task<long> CountOverdueAlertsAsync(IEnumerable<string> codes) => ScalarAsync(
        "SELECT count(DISTINCT e ->> 'code') FROM outbox_messages o, jsonb_array_elements(o.payload -> 'dossiers') e "
        + "WHERE o.type = 'supervision.overdue-digest' AND e ->> 'code' = ANY(@codes)",
        codes.ToArray());

    private async Task ExecuteAsync(string sql, string[]? codes = null, string? value = null)
    {
        await using var connection = new NpgsqlConnection(servers.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (codes is not null)
        {
            command.Parameters.AddWithValue("codes", codes);
        }

        if (value is not null)
        {
            command.Parameters.AddWithValue("value", value);
        }

        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql, string[]? codes = null)
    {
        await using var connection = new NpgsqlConnection(servers.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (codes is not null)
        {
            command.Parameters.AddWithValue("codes", codes);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

}
