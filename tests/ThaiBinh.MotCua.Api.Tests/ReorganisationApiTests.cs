using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Domain.Units;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>A merger loaded beside the old tree: both stay readable by date, nothing is rewritten.</summary>
public sealed class ReorganisationApiTests(ApiFixture api) : ApiTest
{
    [Fact]
    public async Task A_merger_in_the_future_leaves_today_untouched_and_shows_from_its_first_day()
    {
        var effective = new DateOnly(2099, 1, 1);
        api.Factory.Clock.SetUtcNow(new DateTimeOffset(2097, 12, 1, 8, 0, 0, TimeSpan.FromHours(7))); // "today" is before both
        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            // Two communes of the test's own under the province of today's world, so the real tree stays as seeded.
            var province = await db.AdministrativeUnits.SingleAsync(u => u.Code == Province && u.ValidTo == null);
            AdministrativeUnit[] old =
            [
                new("98436", "Xã Thử Nghiệm Một", "Xã", "commune", province.Id, new DateOnly(2098, 1, 1)),
                new("98439", "Xã Thử Nghiệm Hai", "Xã", "commune", province.Id, new DateOnly(2098, 1, 1)),
            ];
            db.AdministrativeUnits.AddRange(old);
            var (merged, links) = Reorganisation.Merge(old, "99436", "Xã Thử Nghiệm Hợp Nhất", "Xã", "commune", province.Id, effective);
            db.AdministrativeUnits.Add(merged);
            db.UnitPredecessors.AddRange(links);
            await db.SaveChangesAsync();
        }

        using var client = api.CreateClient();
        var before = await ChildrenAsync(client, "2098-12-31");
        var after = await ChildrenAsync(client, "2099-01-01");
        var today = await ChildrenAsync(client, null);

        Assert.Contains("98436", before);
        Assert.DoesNotContain("99436", before);
        Assert.Contains("99436", after);
        Assert.DoesNotContain("98436", after);
        Assert.DoesNotContain("98439", after);
        Assert.DoesNotContain("98436", today);
        Assert.Equal(before.Count - 1, after.Count);
        Assert.Equal(before.Count - 2, today.Count);
    }

    private const string Province = "33";

    private static async Task<List<string>> ChildrenAsync(HttpClient client, string? on)
    {
        var query = on is null ? $"/api/units?parentCode={Province}" : $"/api/units?parentCode={Province}&on={on}";
        var units = await client.GetFromJsonAsync<JsonElement>(query);
        return [.. units.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("code").GetString()!)];
    }
}
