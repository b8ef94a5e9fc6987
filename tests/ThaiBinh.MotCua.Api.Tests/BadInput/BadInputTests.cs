using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests.BadInput;

/// <summary>
/// Every malformed request of <see cref="BadInputCases"/> is refused with the expected 4xx as a
/// Vietnamese problem naming the field, shows no exception, and writes nothing.
/// </summary>
public sealed class BadInputTests(ApiFixture api) : ApiTest
{
    private static readonly SemaphoreSlim Setup = new(1, 1);
    private static BadInputContext? _context;
    private static int _addresses;

    public static TheoryData<string> Cases => new(BadInputCases.All.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Is_refused_in_vietnamese_naming_the_field_and_writes_nothing(string name)
    {
        var bad = BadInputCases.All[name];
        var context = await ContextAsync();
        using var client = await ClientAsync(bad.User);
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Path(context)) { Content = bad.Body?.Invoke(context) };
        var before = await WrittenStateAsync();

        using var response = await client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode); // a throttle must not pass for a refusal of the input
        Assert.True((int)response.StatusCode == bad.Status, $"{name}: expected {bad.Status}, got {(int)response.StatusCode} {body}");
        var problem = await Problem.ReadAsync(response);
        Assert.True(IsVietnamese(problem.Title) || IsVietnamese(problem.Detail), $"{name}: not Vietnamese: {body}");
        Assert.Null(problem.Exception);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        if (bad.Field is { } field)
        {
            Assert.True(problem.Errors?.ContainsKey(field) == true, $"{name}: no error for \"{field}\" in {body}");
            Assert.All(problem.Errors![field], message => Assert.True(IsVietnamese(message), message));
        }

        Assert.Equal(before, await WrittenStateAsync());
    }

    [Fact]
    public void The_cases_try_every_endpoint_with_at_least_300_malformed_requests()
    {
        var endpoints = api.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();
        var tried = BadInputCases.All.Values.Select(c => c.Route).ToHashSet();

        Assert.True(BadInputCases.All.Count >= 300, $"{BadInputCases.All.Count} cases");
        Assert.Empty(endpoints.Except(tried));
        Assert.Empty(tried.Except(endpoints));
    }

    [Fact]
    public async Task A_name_typed_with_combining_marks_is_stored_precomposed()
    {
        var context = await ContextAsync();
        using var desk = await ClientAsync("xa.tiepnhan");
        var decomposed = "Nguye\u0302\u0303n Va\u0306n A\u0302\u0301n";
        var receipt = context.ReceiptWith("applicant.fullName", BadRequest.Placeholder);
        receipt["note"] = "Dòng một\nDòng hai\tcó tab";

        var response = await desk.PostAsync("/api/dossiers", BadRequest.Json(receipt, decomposed));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var code = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("select applicant_full_name, note from dossiers where code = @code", connection);
        read.Parameters.AddWithValue("code", code!);
        await using var row = await read.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        Assert.Equal("Nguyễn Văn Ấn", row.GetString(0));
        Assert.Equal("Dòng một\nDòng hai\tcó tab", row.GetString(1)); // a note may run over several lines
    }

    private async Task<BadInputContext> ContextAsync()
    {
        await Setup.WaitAsync();
        try
        {
            if (_context is null)
            {
                var workflow = new WorkflowClient(api);
                var received = (await workflow.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
                var inProgress = (await workflow.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
                await workflow.DoAsync("xa.tiepnhan", inProgress, "transfer");
                var receipt = JsonSerializer.SerializeToNode(await workflow.ReceiptBodyAsync("1.001193"))!.AsObject();
                _context = new BadInputContext(received, inProgress, receipt, api.Factory.Clock.GetUtcNow());
            }

            return _context;
        }
        finally
        {
            Setup.Release();
        }
    }

    /// <summary>
    /// A client from an address of its own, so neither the lookup's nor sign-in's limit per address
    /// is reached by the cases, and signed in as the case's officer (before the state is read:
    /// signing in records the time of sign-in).
    /// </summary>
    private async Task<HttpClient> ClientAsync(string? user)
    {
        var asPortal = user?.StartsWith(BadInputCases.PortalTokenPrefix, StringComparison.Ordinal) == true;
        var client = user is null || asPortal || user.StartsWith("bearer:", StringComparison.Ordinal) ? api.CreateClient() : await api.CreateClientSignedInAsAsync(user);
        if (asPortal)
        {
            client.DefaultRequestHeaders.Add(Application.NationalPortal.Inbound.PortalInboundToken.Header, user![BadInputCases.PortalTokenPrefix.Length..]);
        }

        if (user?.StartsWith("bearer:", StringComparison.Ordinal) == true)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + user["bearer:".Length..]);
        }

        var n = Interlocked.Increment(ref _addresses);
        client.DefaultRequestHeaders.Add(MotCuaApiFactory.ClientAddressHeader, $"198.18.{n / 250}.{n % 250 + 1}");
        return client;
    }

    /// <summary>Every table a write would touch, as one comparable line.</summary>
    private async Task<string> WrittenStateAsync()
    {
        const string sql = """
            select concat_ws('|',
                (select count(*) from dossiers), (select coalesce(sum(version), 0) from dossiers),
                (select count(*) from dossier_actions), (select count(*) from dossier_handoffs),
                (select count(*) from audit_entries), (select count(*) from outbox_messages),
                (select count(*) from idempotency_records), (select count(*) from desk_guidances), (select coalesce(sum(last_number), 0) from dossier_code_counters),
                (select count(*) from dossier_evaluations),
                (select count(*) from calendar_days), (select max(changed_at) from calendar_days), (select count(*) from calendar_changes),
                (select count(*) from population_lookups),
                (select max(last_signed_in_at) from officers))
            """;
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Vietnamese as people read it: at least one letter with a diacritic (or đ).</summary>
    private static bool IsVietnamese(string? text) => text is not null && text.Any(c => c > 0x7F && char.IsLetter(c));
}
