using System.Net;
using System.Net.Http.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// The catalogue's versions of 01/07/2025: a procedure the district decided until 30/06/2025 is decided
/// at the commune from 01/07/2025, at a commune desk of the test's own (in force on both days).
/// </summary>
public sealed class ProcedureVersionsFromJulyTests(ApiFixture api) : ApiTest
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    [Theory]
    [InlineData("2.000528")] // khai sinh có yếu tố nước ngoài
    [InlineData("1.009994")] // giấy phép xây dựng nhà ở riêng lẻ
    [InlineData("1.001612")] // hộ kinh doanh
    public async Task A_district_procedure_is_received_at_commune_level_from_the_first_of_July(string code)
    {
        await TestCommune.EnsureAsync(api);
        var receptionist = await TestOfficers.AddAtAsync(api, TestCommune.DeskCode, "rg.tiepnhan", Role.Reception);

        api.Factory.Clock.AdjustTime(new DateTimeOffset(2025, 6, 30, 9, 0, 0, Vn));
        var june = await PostAsync(receptionist, code, documentsOf: "district");
        api.Factory.Clock.AdjustTime(new DateTimeOffset(2025, 7, 1, 9, 0, 0, Vn));
        var july = await PostAsync(receptionist, code, documentsOf: "commune");

        Assert.Equal(HttpStatusCode.BadRequest, june.StatusCode);
        Assert.Contains(code, (await Problem.ReadAsync(june)).Errors!["procedureCode"][0]);
        Assert.True(july.StatusCode == HttpStatusCode.Created, await july.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// A receipt of the procedure at commune level, as the desk's page sends it (the level named), with the
    /// documents of the version in force that day at <paramref name="documentsOf"/> (the district's ends on 30/06/2025).
    /// </summary>
    private async Task<HttpResponseMessage> PostAsync(string receptionist, string code, string documentsOf)
    {
        // The fixture signs in anew when the clock has jumped past the token's life.
        var client = await api.CreateClientSignedInAsAsync(receptionist);
        var body = await WorkflowClient.ReceiptBodyAsync(client, code, documentsOf);
        body["procedureLevel"] = "commune";
        return await client.PostAsJsonAsync("/api/dossiers", body);
    }
}
