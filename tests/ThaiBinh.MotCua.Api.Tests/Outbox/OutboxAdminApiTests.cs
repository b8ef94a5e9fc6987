using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Api.Tests.Outbox;

/// <summary>The admin's outbox API over HTTP: counts, lists with masked recipients, retrying a dead delivery.</summary>
public sealed class OutboxAdminApiTests(ApiFixture api) : ApiTest, IAsyncLifetime
{
    private readonly OutboxTable _outbox = new(api.ConnectionString);

    public Task InitializeAsync() => _outbox.ForgetEarlierAsync();

    public async Task DisposeAsync() => await _outbox.DisposeAsync();

    [Fact]
    public async Task An_always_failing_delivery_ends_dead_with_its_reason_and_a_retry_brings_it_back_and_delivers_it()
    {
        var desk = new WorkflowClient(api);
        var code = (await desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var failing = true;
        var channel = new TestChannel("sms") { Behave = _ => failing ? new HttpRequestException("nhà mạng không trả lời") : null };
        var planner = new TestPlanner(m => m.DossierId is null ? [] : [new PlannedDelivery("sms", "0912345612"), new PlannedDelivery("email", "an.nguyen@example.vn")]);
        var email = new TestChannel("email");
        var relay = _outbox.Relay(OutboxTable.Quick(maxAttempts: 3), planner, channel, email);
        for (var i = 0; i < 3; i++)
        {
            await relay.RunUntilIdleAsync(CancellationToken.None);
            await _outbox.MakeDueAsync();
        }

        var admin = await api.CreateClientSignedInAsAsync("admin");
        var dead = await GetAsync(admin, "/api/admin/outbox/deliveries?state=dead");
        var item = Assert.Single(dead.GetProperty("items").EnumerateArray());
        Assert.Equal("09******12", item.GetProperty("recipient").GetString());
        Assert.Equal(code, item.GetProperty("dossierCode").GetString());
        Assert.Equal(3, item.GetProperty("attempts").GetInt32());
        Assert.Equal("HttpRequestException: nhà mạng không trả lời", item.GetProperty("lastError").GetString());
        Assert.StartsWith("dossier", item.GetProperty("messageType").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("nextAttemptAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, item.GetProperty("deadAt").ValueKind);
        var delivered = await GetAsync(admin, "/api/admin/outbox/deliveries?state=delivered&channel=email");
        Assert.Equal("a********@example.vn", Assert.Single(delivered.GetProperty("items").EnumerateArray()).GetProperty("recipient").GetString());

        var summary = await GetAsync(admin, "/api/admin/outbox");
        var counts = summary.GetProperty("counts").EnumerateArray()
            .ToDictionary(c => (c.GetProperty("channel").GetString(), c.GetProperty("state").GetString()), c => c.GetProperty("count").GetInt32());
        Assert.Equal(1, counts[("sms", "dead")]);
        Assert.Equal(1, counts[("email", "delivered")]);
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("oldestPendingSince").ValueKind);

        var id = item.GetProperty("id").GetGuid();
        var retried = await admin.PostAsync($"/api/admin/outbox/deliveries/{id}/retry", null);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var pending = Assert.Single((await GetAsync(admin, "/api/admin/outbox/deliveries?state=pending")).GetProperty("items").EnumerateArray());
        Assert.Equal((id, 0), (pending.GetProperty("id").GetGuid(), pending.GetProperty("attempts").GetInt32()));
        Assert.True((await GetAsync(admin, "/api/admin/outbox")).GetProperty("oldestPendingAgeSeconds").GetDouble() >= 0);

        var again = await admin.PostAsync($"/api/admin/outbox/deliveries/{id}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("outbox.retry.not-dead", (await Problem.ReadAsync(again)).Code);

        failing = false;
        var run = await relay.RunUntilIdleAsync(CancellationToken.None);
        Assert.Equal(1, run.Delivered);
        Assert.Equal(id, channel.Delivered.Single().Id);
        Assert.Equal(1, channel.Delivered.Single().Attempt);
        Assert.Equal(4, channel.Calls.Count(c => c.Id == id));
    }

    [Fact]
    public async Task Only_an_admin_sees_the_outbox_and_an_unknown_delivery_is_not_found()
    {
        var officer = await api.CreateClientSignedInAsAsync("xa.tiepnhan");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/admin/outbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/admin/outbox/deliveries")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/api/admin/outbox/deliveries/{Guid.NewGuid()}/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.CreateClient().GetAsync("/api/admin/outbox")).StatusCode);

        var admin = await api.CreateClientSignedInAsAsync("admin");
        var unknown = Guid.NewGuid();
        var response = await admin.PostAsync($"/api/admin/outbox/deliveries/{unknown}/retry", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(unknown.ToString(), (await Problem.ReadAsync(response)).Detail, StringComparison.Ordinal);
        var bad = await admin.PostAsync("/api/admin/outbox/deliveries/khong-phai-guid/retry", null);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await Problem.ReadAsync(bad)).Errors?.ContainsKey("id"));
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
