using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

public sealed class CatalogueApiTests(ApiFixture api) : ApiTest
{
    [Fact]
    public async Task The_catalogue_holds_real_procedures_at_every_level_with_routes_that_fit_their_limits()
    {
        using var client = api.CreateClient();

        var procedures = (await client.GetFromJsonAsync<JsonElement>("/api/procedures")).EnumerateArray().ToList();

        Assert.True(procedures.Count >= 12);
        Assert.All(["province", "district", "commune"], level =>
            Assert.True(procedures.Count(p => p.GetProperty("level").GetString() == level) >= 4, level));
        Assert.All(procedures, p =>
        {
            var limit = p.GetProperty("limit");
            var hours = limit.GetProperty("unit").GetString() switch
            {
                "workingDays" => limit.GetProperty("amount").GetInt32() * 8,
                "workingHours" => limit.GetProperty("amount").GetInt32(),
                _ => 8,
            };
            var route = p.GetProperty("route").EnumerateArray().ToList();
            Assert.Equal(hours, route.Sum(s => s.GetProperty("budgetHours").GetInt32()));
            Assert.Equal("receive", route[0].GetProperty("kind").GetString());
            Assert.Equal("return", route[^1].GetProperty("kind").GetString());
            Assert.NotEmpty(p.GetProperty("requiredDocuments").EnumerateArray());
        });
    }

    [Fact]
    public async Task The_judicial_record_certificate_crosses_agencies()
    {
        using var client = api.CreateClient();

        var procedure = Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/procedures?code=2.000488")).EnumerateArray());

        Assert.Equal("province", procedure.GetProperty("level").GetString());
        Assert.Equal(
            ["desk", "000.00.02.H54", "000.00.08.H54", "000.00.02.H54", "desk"],
            procedure.GetProperty("route").EnumerateArray().Select(s => s.GetProperty("office").GetString()));
    }

    [Fact]
    public async Task Procedures_can_be_found_by_level_and_by_words_of_their_name()
    {
        using var client = api.CreateClient();

        var found = (await client.GetFromJsonAsync<JsonElement>("/api/procedures?level=commune&search=khai%20sinh")).EnumerateArray().ToList();

        Assert.NotEmpty(found);
        Assert.All(found, p =>
        {
            Assert.Equal("commune", p.GetProperty("level").GetString());
            Assert.Contains("khai sinh", p.GetProperty("name").GetString()!, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/procedures?on=2010-01-01")).EnumerateArray());
    }

    [Theory]
    [InlineData("dang ky khai sinh", "1.001193")]
    [InlineData("ĐĂNG KÝ KẾT HÔN", "1.000894")]
    [InlineData("dang ky ket hon", "1.000894")]
    [InlineData("1.001193", "1.001193")]
    [InlineData("khai tu 1.000656", "1.000656")]
    public async Task Procedures_are_found_by_name_without_diacritics_or_by_national_code(string search, string code)
    {
        using var client = api.CreateClient();

        var found = (await client.GetFromJsonAsync<JsonElement>($"/api/procedures?level=commune&search={Uri.EscapeDataString(search)}"))
            .EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToList();

        Assert.Equal([code], found);
    }

    [Fact]
    public async Task The_unit_tree_has_the_province_its_districts_and_communes_with_their_desks()
    {
        using var client = api.CreateClient();

        var root = Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/units?on=2025-06-02")).GetProperty("units").EnumerateArray());

        Assert.Equal(("34", "Tỉnh Thái Bình", "Cấp tỉnh"), (root.GetProperty("code").GetString(), root.GetProperty("name").GetString(), root.GetProperty("levelName").GetString()));
        Assert.Equal("000.00.01.H54", root.GetProperty("receptionOffice").GetProperty("code").GetString());
        var districts = root.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(8, districts.Count);
        Assert.Equal(242, districts.Sum(d => d.GetProperty("children").GetArrayLength())); // the GSO list of 01/03/2025
    }

    [Fact]
    public async Task The_children_of_a_unit_are_listed_flat()
    {
        using var client = api.CreateClient();

        var communes = (await client.GetFromJsonAsync<JsonElement>("/api/units?parentCode=336")).GetProperty("units").EnumerateArray().ToList();

        Assert.Contains(communes, c => c.GetProperty("code").GetString() == "12433" && c.GetProperty("name").GetString() == "Phường Lê Hồng Phong");
        Assert.All(communes, c =>
        {
            Assert.Equal("commune", c.GetProperty("level").GetString());
            Assert.Equal(JsonValueKind.Null, c.GetProperty("children").ValueKind);
        });
    }

    [Fact]
    public async Task An_unknown_parent_gets_a_404_problem()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync("/api/units?parentCode=99999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("99999", (await Problem.ReadAsync(response)).Detail);
    }
}
