using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

public sealed class CalendarApiTests(ApiFixture api) : ApiTest
{
    [Fact]
    public async Task Year_2026_lists_the_official_Tet_days_and_the_working_Saturday()
    {
        using var client = api.CreateClient();

        var year = await client.GetFromJsonAsync<JsonElement>("/api/calendar/2026");

        Assert.Equal("official", year.GetProperty("source").GetString());
        var days = year.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(
            ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"],
            days.Where(d => d.GetProperty("name").GetString()!.StartsWith("Tết Nguyên đán", StringComparison.Ordinal))
                .Select(d => d.GetProperty("date").GetString()));
        var saturday = Assert.Single(days, d => d.GetProperty("date").GetString() == "2026-01-10");
        Assert.Equal("working_saturday", saturday.GetProperty("kind").GetString());
        Assert.Equal("Thứ Bảy", saturday.GetProperty("weekday").GetString());
        Assert.Equal("Làm bù thứ Bảy", saturday.GetProperty("kindLabel").GetString());
    }

    [Fact]
    public async Task Year_2030_without_a_notice_lists_the_computed_Tet_days()
    {
        using var client = api.CreateClient();

        var year = await client.GetFromJsonAsync<JsonElement>("/api/calendar/2030");

        Assert.Equal("computed", year.GetProperty("source").GetString());
        var tet = year.GetProperty("days").EnumerateArray()
            .Where(d => d.GetProperty("kind").GetString() == "holiday" && d.GetProperty("name").GetString()!.StartsWith("Tết Nguyên đán", StringComparison.Ordinal))
            .Select(d => d.GetProperty("date").GetString());
        Assert.Equal(["2030-02-01", "2030-02-02", "2030-02-03", "2030-02-04", "2030-02-05"], tet);
        Assert.Contains(year.GetProperty("days").EnumerateArray(), d => d.GetProperty("name").GetString() == "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    }

    [Fact]
    public async Task A_year_out_of_range_gets_a_400_problem()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync("/api/calendar/1800");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problem.ReadAsync(response);
        Assert.Contains("Năm phải từ 1901 đến 2199.", problem.Errors!["year"]);
    }

    [Theory]
    [InlineData("from=2026-02-13T10:00:00%2B07:00&workingDays=3", "2026-02-25T10:00:00+07:00")]
    [InlineData("from=2026-02-13T03:00:00Z&workingDays=3", "2026-02-25T10:00:00+07:00")]
    [InlineData("from=2026-03-09T10:00:00%2B07:00&workingHours=8", "2026-03-10T10:00:00+07:00")]
    [InlineData("from=2026-03-09T14:30:00%2B07:00&sameDay=true", "2026-03-09T17:00:00+07:00")]
    [InlineData("from=2026-03-09T15:30:00%2B07:00&sameDay=true", "2026-03-10T17:00:00+07:00")]
    public async Task The_deadline_endpoint_does_the_desk_arithmetic(string query, string expectedDue)
    {
        using var client = api.CreateClient();

        var deadline = await client.GetFromJsonAsync<JsonElement>("/api/calendar/deadline?" + query);

        Assert.Equal(expectedDue, deadline.GetProperty("dueAt").GetString());
    }

    [Theory]
    [InlineData("workingDays=3", "from")]
    [InlineData("from=2026-02-13T10:00:00%2B07:00", "limit")]
    [InlineData("from=2026-02-13T10:00:00%2B07:00&workingDays=3&workingHours=2", "limit")]
    [InlineData("from=2026-02-13T10:00:00%2B07:00&workingDays=0", "workingDays")]
    public async Task A_deadline_question_that_is_not_well_formed_gets_field_errors(string query, string field)
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync("/api/calendar/deadline?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Problem.ReadAsync(response)).Errors!.ContainsKey(field));
    }

    [Fact]
    public async Task An_unreadable_date_gets_a_400_problem()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync("/api/calendar/deadline?from=hom-nay&workingDays=3");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("malformed_request", (await Problem.ReadAsync(response)).Code);
    }
}
