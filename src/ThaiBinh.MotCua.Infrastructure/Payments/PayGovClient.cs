using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ThaiBinh.MotCua.Application.Payments;

namespace ThaiBinh.MotCua.Infrastructure.Payments;

/// <summary>
/// PayGov over HTTP (integrations.md §3.1): INIT and QUERY posted as JSON with the bearer token, each
/// signed with <see cref="PayGovChecksum"/>. INIT answers <c>{error_code:"0", message:"{…UrlThanhToan…}"}</c>,
/// the message itself a JSON text. A refusal, an answer without the address, or a platform out of
/// reach is a <see cref="PayGovUnavailableException"/> with a Vietnamese message.
/// </summary>
internal sealed class PayGovClient(HttpClient http, IOptions<PayGovOptions> options, TimeProvider clock) : IPayGov
{
    /// <summary>The platform's field names as spelled, null fields left out.</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<Uri> InitAsync(PayGovInitMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        message.MaXacThuc = PayGovChecksum.Init(message, settings.SecretKey);
        var answer = await PostAsync(settings.InitPath, message, cancellationToken);
        var code = answer["error_code"]?.ToString();
        if (code != "0")
        {
            throw new PayGovUnavailableException($"Cổng thanh toán quốc gia từ chối yêu cầu thanh toán (mã lỗi {code}): {answer["message"]}");
        }

        var inner = ParseInner(answer["message"]?.ToString());
        return inner?["UrlThanhToan"]?.GetValue<string>() is { } url && Uri.TryCreate(url, UriKind.Absolute, out var payUrl)
            ? payUrl
            : throw new PayGovUnavailableException("Cổng thanh toán quốc gia không trả về địa chỉ trang thanh toán.");
    }

    public async Task<PayGovQueryAnswer> QueryAsync(string reference, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var message = new PayGovQueryMessage
        {
            MaDoiTac = settings.PartnerCode,
            MaThamChieu = reference,
            ThoiGianGD = PayGovProtocol.Time(clock.GetUtcNow()),
        };
        message.MaXacThuc = PayGovChecksum.Query(message, settings.SecretKey);
        var answer = await PostAsync(settings.QueryPath, message, cancellationToken);
        return new PayGovQueryAnswer(
            answer["MaLoi"]?.ToString() ?? string.Empty, answer["TrangThaiGD"]?.ToString(), answer["MaGiaoDich"]?.ToString(), answer["SoTien"]?.ToString());
    }

    private static JsonObject? ParseInner(string? text)
    {
        try
        {
            return text is null ? null : JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<JsonObject> PostAsync<T>(string path, T body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path.TrimStart('/')) { Content = JsonContent.Create(body, options: Json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.AccessToken);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new PayGovUnavailableException($"Cổng thanh toán quốc gia trả lỗi HTTP {(int)response.StatusCode}.");
            }

            return await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken)
                ?? throw new PayGovUnavailableException("Cổng thanh toán quốc gia trả lời rỗng.");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested
            && exception is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or TaskCanceledException or JsonException)
        {
            throw new PayGovUnavailableException($"Không kết nối được cổng thanh toán quốc gia: {exception.Message}", exception);
        }
    }
}
