using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Application.NationalPortal;

namespace ThaiBinh.MotCua.Infrastructure.NationalPortal;

/// <summary>
/// The portal's version 1 transport (integrations.md §1.2): a session from <c>AuthEndpoint</c>, then
/// every call to <c>IntegrationEndpoint</c> with <c>{session, madonvi, service, …}</c>. A dossier is
/// created first (<c>isUpdating "False"</c>); "already exists" (error 0, 3 or -3 saying "đã tồn tại")
/// means update. An expired session is renewed once. Refusals of the content are permanent failures;
/// the portal out of reach (timeout, 5xx, connection, open breaker) transient.
/// </summary>
internal sealed class DvcqgClient(HttpClient http, PortalSession session, IOptions<NationalPortalOptions> options, ILogger<DvcqgClient> logger)
    : INationalPortal
{
    /// <summary>The portal's fields as spelled, values as strings, null fields left out.</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const string SessionExpiredCode = "-2";

    public async Task SyncDossierAsync(PortalDossierRecord record, CancellationToken cancellationToken)
    {
        var created = await CallAsync("DongBoHoSoMC", new() { ["isUpdating"] = "False", ["data"] = Array(record) }, cancellationToken);
        if (!created.AlreadyExists)
        {
            // "0" with "đã tồn tại" is an answer of the exists kind, not a success: checked first.
            if (!created.IsOk)
            {
                throw created.Refusal($"Cổng DVCQG từ chối hồ sơ {record.MaHoSo}");
            }

            return;
        }

        logger.LogInformation("The portal already holds {Code}: updating it", record.MaHoSo);
        var updated = await CallAsync("DongBoHoSoMC", new() { ["isUpdating"] = "True", ["data"] = Array(record) }, cancellationToken);
        if (!updated.IsOk)
        {
            throw updated.Refusal($"Cổng DVCQG từ chối cập nhật hồ sơ {record.MaHoSo}");
        }
    }

    public async Task AppendProgressAsync(IReadOnlyList<PortalProgressRecord> records, CancellationToken cancellationToken)
    {
        var answer = await CallAsync("CapNhatTienDoHoSoMC", new() { ["data"] = JsonSerializer.SerializeToNode(records, Json) }, cancellationToken);
        if (!answer.IsOk)
        {
            throw answer.Refusal($"Cổng DVCQG từ chối tiến độ hồ sơ {records[0].MaHoSo}");
        }
    }

    private static JsonArray Array<T>(T record) => [JsonSerializer.SerializeToNode(record, Json)];

    private async Task<PortalAnswer> CallAsync(string service, JsonObject fields, CancellationToken cancellationToken)
    {
        var current = await session.GetAsync(LoginAsync, cancellationToken);
        var answer = await PostAsync(service, fields, current, cancellationToken);
        if (answer.ErrorCode != SessionExpiredCode)
        {
            return answer;
        }

        logger.LogInformation("The portal's session expired: logging in again");
        session.Expire(current);
        return await PostAsync(service, fields, await session.GetAsync(LoginAsync, cancellationToken), cancellationToken);
    }

    private Task<PortalAnswer> PostAsync(string service, JsonObject fields, string currentSession, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["session"] = currentSession,
            ["madonvi"] = options.Value.UnitCode,
            ["service"] = service,
        };
        foreach (var (key, value) in fields)
        {
            body[key] = value?.DeepClone();
        }

        return SendAsync(options.Value.IntegrationEndpoint, body, cancellationToken);
    }

    private async Task<string> LoginAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var answer = await SendAsync(settings.AuthEndpoint, new JsonObject { ["username"] = settings.Username, ["password"] = settings.Password }, cancellationToken);
        return answer.IsOk && answer.Body["session"]?.GetValue<string>() is { Length: > 0 } value
            ? value
            : throw answer.Refusal("Cổng DVCQG từ chối đăng nhập (kiểm tra NationalPortal:Username, Password, DstCode)");
    }

    private async Task<PortalAnswer> SendAsync(string endpoint, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.TrimStart('/'))
        {
            Content = new StringContent(body.ToJsonString(Json), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("dstcode", options.Value.DstCode);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new DeliveryFailedException($"Cổng DVCQG trả lỗi HTTP {(int)response.StatusCode} tại {endpoint}", permanent: false);
            }

            var answer = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken)
                ?? throw new DeliveryFailedException($"Cổng DVCQG trả lời rỗng tại {endpoint}", permanent: false);
            return new PortalAnswer(answer);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested
            && exception is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or TaskCanceledException or JsonException)
        {
            throw new DeliveryFailedException($"Không kết nối được Cổng DVCQG ({endpoint}): {exception.Message}", permanent: false, exception);
        }
    }

    /// <summary>The portal's <c>{error_code, message, result}</c>: <c>error_code</c> a number or a string.</summary>
    private sealed record PortalAnswer(JsonObject Body)
    {
        public string ErrorCode => Body["error_code"]?.ToString() ?? string.Empty;

        public string Message => Body["message"]?.ToString() ?? string.Empty;

        public bool IsOk => ErrorCode is "0" or "00";

        /// <summary>TH's rule (integrations.md §1.7): these codes with "đã tồn tại" in the message.</summary>
        public bool AlreadyExists =>
            ErrorCode is "0" or "3" or "-3" && Message.Contains("đã tồn tại", StringComparison.OrdinalIgnoreCase);

        public DeliveryFailedException Refusal(string what) => new($"{what}: [{ErrorCode}] {Message}", permanent: true);
    }
}
