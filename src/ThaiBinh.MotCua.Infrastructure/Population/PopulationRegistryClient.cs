using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Xml;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ThaiBinh.MotCua.Application.Population;

namespace ThaiBinh.MotCua.Infrastructure.Population;

/// <summary>
/// The population database through the province's gateway (integrations.md §2.1): one JSON POST
/// <c>{HoVaTen, SoDinhDanh, SoCMND, NgayThangNam, Nam, MaTichHop, MaDVC, MaCanBo, MaYeuCau}</c>, the name
/// upper-cased without marks as TH sends it; the answer <c>{error_code, message}</c> carries the citizen
/// as SOAP XML in <c>message</c>. Every failure of the gateway (timeout, network, 5xx, open breaker, an
/// answer that does not read, a refusal) is an <see cref="PopulationAnswerKind.Unavailable"/> answer.
/// </summary>
internal sealed class PopulationRegistryClient(HttpClient http, IOptions<PopulationDbOptions> options, ILogger<PopulationRegistryClient> logger)
    : IPopulationRegistry
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string RequestIdOf(Guid lookupId) => options.Value.RequestIdPrefix + lookupId.ToString("N");

    public async Task<PopulationAnswer> FindAsync(PopulationQuery query, CancellationToken cancellationToken)
    {
        if (http.BaseAddress is null)
        {
            return PopulationAnswer.Unavailable("Chưa cấu hình địa chỉ CSDLQG về dân cư (OutsideSystems:PopulationDb:BaseUrl)");
        }

        try
        {
            using var response = await http.PostAsync(options.Value.LookupPath, JsonContent.Create(Request(query), options: Json), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return Unavailable(query, $"CSDLQG về dân cư trả lỗi HTTP {(int)response.StatusCode}");
            }

            var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken)
                ?? throw new JsonException("An empty answer.");
            return Read(body);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested
            && exception is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or TaskCanceledException
                or JsonException or XmlException or InvalidOperationException)
        {
            return Unavailable(query, $"Không kết nối được CSDLQG về dân cư: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private PopulationRequest Request(PopulationQuery query)
    {
        var settings = options.Value;
        var legacy = query.CitizenId.Length == Domain.Identifiers.CitizenId.LegacyLength;
        return new PopulationRequest(
            PopulationLookup.RegistryName(query.FullName),
            legacy ? string.Empty : query.CitizenId,
            legacy ? query.CitizenId : string.Empty,
            query.BirthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            query.BirthDate.Year.ToString(CultureInfo.InvariantCulture),
            settings.MaTichHop,
            settings.MaDVC,
            query.OfficerUsername,
            query.RequestId);
    }

    private PopulationAnswer Read(JsonObject body)
    {
        var code = body["error_code"]?.ToString() ?? string.Empty;
        var message = body["message"]?.ToString() ?? string.Empty;
        if (options.Value.NotFoundErrorCodes.Contains(code))
        {
            return PopulationAnswer.NotFound($"[{code}] {message}");
        }

        if (code is not ("0" or "00"))
        {
            // The gateway refused the request (its code list is not published): the desk goes on by hand.
            logger.LogWarning("The population database refused a lookup: [{Code}] {Message}", code, message);
            return PopulationAnswer.Unavailable($"CSDLQG về dân cư từ chối: [{code}] {message}");
        }

        var citizens = CitizenRecordXml.Parse(message);
        return citizens.Count == 0 ? PopulationAnswer.NotFound("Không có công dân trong kết quả") : PopulationAnswer.Found(citizens[0]);
    }

    private PopulationAnswer Unavailable(PopulationQuery query, string detail)
    {
        logger.LogWarning("Population database lookup {RequestId} failed: {Detail}", query.RequestId, detail);
        return PopulationAnswer.Unavailable(detail);
    }

    private sealed record PopulationRequest(
        [property: JsonPropertyName("HoVaTen")] string HoVaTen,
        [property: JsonPropertyName("SoDinhDanh")] string SoDinhDanh,
        [property: JsonPropertyName("SoCMND")] string SoCmnd,
        [property: JsonPropertyName("NgayThangNam")] string NgayThangNam,
        [property: JsonPropertyName("Nam")] string Nam,
        [property: JsonPropertyName("MaTichHop")] string MaTichHop,
        [property: JsonPropertyName("MaDVC")] string MaDvc,
        [property: JsonPropertyName("MaCanBo")] string MaCanBo,
        [property: JsonPropertyName("MaYeuCau")] string MaYeuCau);
}
