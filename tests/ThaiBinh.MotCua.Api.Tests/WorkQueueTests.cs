using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

public sealed class WorkQueueTests(ApiFixture api) : ApiTest
{
    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task The_queue_shows_what_the_office_holds_most_urgent_first_a_page_at_a_time()
    {
        for (var i = 0; i < 3; i++)
        {
            var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
            await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
            api.Factory.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var client = await _desk.As("tinh.chuyenvien");
        var seen = new List<JsonElement>();
        string? next = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/dossiers?limit=2" + (next is null ? "" : $"&after={Uri.EscapeDataString(next)}"));
            seen.AddRange(page.GetProperty("items").EnumerateArray());
            next = page.GetProperty("next").GetString();
        }
        while (next is not null);

        Assert.True(seen.Count >= 3);
        Assert.All(seen, d => Assert.Equal("000.00.02.H54", d.GetProperty("currentOffice").GetProperty("code").GetString()));
        Assert.Equal(seen.Count, seen.Select(d => d.GetProperty("code").GetString()).Distinct().Count());
        var dues = seen.Select(d => d.GetProperty("dueAt").GetDateTimeOffset()).ToList();
        Assert.Equal(dues.Order(), dues);
    }

    [Fact]
    public async Task Filters_narrow_the_queue()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        await _desk.DoAsync("tinh.lanhdao", code, "assign", new { assignee = "tinh.chuyenvien" });
        var client = await _desk.As("tinh.chuyenvien");

        var mine = await client.GetFromJsonAsync<JsonElement>("/api/dossiers?assignee=me&status=InProgress&procedureCode=2.000488&overdue=false&limit=200");
        var none = await client.GetFromJsonAsync<JsonElement>("/api/dossiers?procedureCode=1.001193");

        Assert.Contains(mine.GetProperty("items").EnumerateArray(), d => d.GetProperty("code").GetString() == code);
        Assert.All(mine.GetProperty("items").EnumerateArray(), d =>
            Assert.Equal("tinh.chuyenvien", d.GetProperty("assignee").GetProperty("username").GetString()));
        Assert.Empty(none.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Due_soon_is_the_last_working_day_and_every_line_says_how_much_time_is_left()
    {
        // A commune procedure due the same afternoon: due soon from the moment it is received.
        var received = await _desk.ReceiveAsync("xa.tiepnhan", "2.000635");
        var code = received.Code();
        var client = await _desk.As("xa.tiepnhan");

        var soon = await client.GetFromJsonAsync<JsonElement>("/api/dossiers?dueSoon=true&limit=200");
        var line = soon.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("code").GetString() == code);
        Assert.False(line.GetProperty("timeLeft").GetProperty("late").GetBoolean());
        Assert.StartsWith("Còn 0 ngày", line.GetProperty("timeLeft").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain((await client.GetFromJsonAsync<JsonElement>("/api/dossiers?dueSoon=false&limit=200")).GetProperty("items").EnumerateArray(),
            d => d.GetProperty("code").GetString() == code);

        api.Factory.Clock.SetUtcNow(received.DueAt().AddHours(1));
        client = await api.CreateClientSignedInAsAsync("xa.tiepnhan");
        var late = await client.GetFromJsonAsync<JsonElement>("/api/dossiers?overdue=true&limit=200");
        line = late.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("code").GetString() == code);
        Assert.True(line.GetProperty("timeLeft").GetProperty("late").GetBoolean());
        Assert.StartsWith("Quá hạn", line.GetProperty("timeLeft").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain((await client.GetFromJsonAsync<JsonElement>("/api/dossiers?dueSoon=true&limit=200")).GetProperty("items").EnumerateArray(),
            d => d.GetProperty("code").GetString() == code);
    }

    [Theory]
    [InlineData("dueSoon=sap")]
    [InlineData("status=Dang-xu-ly")]
    [InlineData("limit=0")]
    [InlineData("after=khong-hop-le")]
    [InlineData("assignee=someone")]
    public async Task A_bad_filter_is_a_field_error(string query)
    {
        var response = await (await _desk.As("tinh.chuyenvien")).GetAsync("/api/dossiers?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await Problem.ReadAsync(response)).Errors!);
    }
}
