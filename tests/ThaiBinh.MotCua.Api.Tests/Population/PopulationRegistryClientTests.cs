using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Population;
using ThaiBinh.MotCua.Infrastructure.Population;
using ThaiBinh.MotCua.Simulators.Population;

namespace ThaiBinh.MotCua.Api.Tests.Population;

/// <summary>The adapter alone over real HTTP to the simulated registry, with settings the host does not have.</summary>
public sealed class PopulationRegistryClientTests(ApiFixture api) : ApiTest
{
    [Fact]
    public async Task A_request_the_gateway_refuses_is_unavailable_with_its_code_and_message()
    {
        using var http = new HttpClient { BaseAddress = new Uri(api.Simulators.HttpBase, "csdldc/") };
        var client = Client(http, new PopulationDbOptions { MaTichHop = PopulationSimulator.DefaultMaTichHop, MaDVC = "000.00.00.H99" });

        var answer = await client.FindAsync(Query(PopulationCitizens.NguyenVanAn, "Nguyễn Văn Ấn"), CancellationToken.None);

        Assert.Equal(PopulationAnswerKind.Unavailable, answer.Kind);
        Assert.Contains("[2] MaDVC chưa được cấp quyền", answer.Detail);
    }

    [Fact]
    public async Task A_not_found_code_of_the_settings_is_not_found_and_a_9_digit_id_goes_as_SoCMND()
    {
        using var http = new HttpClient { BaseAddress = new Uri(api.Simulators.HttpBase, "csdldc/") };
        var client = Client(http, new PopulationDbOptions { MaTichHop = PopulationSimulator.DefaultMaTichHop, MaDVC = PopulationSimulator.DefaultMaDvc });
        var inbox = api.Simulators.Services.GetRequiredService<PopulationInbox>();
        var query = Query("151234567", "Đinh Lan");

        var answer = await client.FindAsync(query, CancellationToken.None);

        Assert.Equal(PopulationAnswerKind.NotFound, answer.Kind);
        var request = Assert.Single(inbox.Messages, r => r.MaYeuCau == query.RequestId);
        Assert.Equal(("", "151234567", "DINH LAN"), (request.SoDinhDanh, request.SoCmnd, request.HoVaTen));
    }

    [Fact]
    public async Task An_address_not_configured_is_unavailable_without_a_call()
    {
        using var http = new HttpClient();
        var client = Client(http, new PopulationDbOptions());

        var answer = await client.FindAsync(Query(PopulationCitizens.NguyenVanAn, "Nguyễn Văn Ấn"), CancellationToken.None);

        Assert.Equal(PopulationAnswerKind.Unavailable, answer.Kind);
        Assert.Contains("OutsideSystems:PopulationDb:BaseUrl", answer.Detail);
    }

    private static PopulationRegistryClient Client(HttpClient http, PopulationDbOptions options) =>
        new(http, Options.Create(options), NullLogger<PopulationRegistryClient>.Instance);

    private static PopulationQuery Query(string citizenId, string fullName) =>
        new(citizenId, fullName, new DateOnly(1990, 5, 1), "xa.tiepnhan", "TEST_" + Guid.NewGuid().ToString("N"));
}
