using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Common.Notifications;
using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Infrastructure.Notifications;

/// <summary>
/// Zalo Official Account over its HTTP API: the access token from the app id, secret key and refresh
/// token (<c>oauth/v4/oa/access_token</c>), the follower's user id by phone (<c>v3.0/oa/user/getbyphone</c>)
/// and the message (<c>v3.0/oa/message/cs</c>: a template with its data, or text), with the delivery's
/// id as tracking id. Zalo answers 200 with an <c>error</c> code; a refused or expired token is
/// renewed once and the call repeated.
/// </summary>
internal sealed class ZaloOfficialAccountClient(HttpClient http, ZaloAccessTokens tokens, IOptions<ZaloOptions> options)
    : IZaloOfficialAccount
{
    private const string System = "Zalo OA";

    // Zalo's codes: -216 invalid access token, -124 expired access token, -213 the user does not follow the account.
    private static readonly int[] TokenRefused = [-216, -124];
    private const int NotFollower = -213;

    public async Task<string?> FindFollowerAsync(string phone, CancellationToken cancellationToken)
    {
        var number = VietnamesePhoneNumber.ToInternational(phone)
            ?? throw new DeliveryFailedException($"Số điện thoại không hợp lệ: {phone}", permanent: true);
        var answer = await CallAsync(
            () => new HttpRequestMessage(HttpMethod.Get, $"v3.0/oa/user/getbyphone?phone={number}"), cancellationToken);
        if (answer.Error == NotFollower)
        {
            return null;
        }

        EnsureSucceeded(answer);
        return answer.Data?.UserId ?? throw new DeliveryFailedException($"{System} không trả mã người dùng cho {number}", permanent: false);
    }

    public async Task SendAsync(ZaloMessage message, CancellationToken cancellationToken)
    {
        var templateId = options.Value.TemplateId;
        object content = string.IsNullOrEmpty(templateId)
            ? new { text = message.Text }
            : new { attachment = new { type = "template", payload = new { template_id = templateId, template_data = message.TemplateData } } };
        var body = new { recipient = new { user_id = message.UserId }, message = content, tracking_id = message.IdempotencyKey.ToString("D") };
        var answer = await CallAsync(
            () => new HttpRequestMessage(HttpMethod.Post, "v3.0/oa/message/cs") { Content = JsonContent.Create(body) }, cancellationToken);
        EnsureSucceeded(answer);
    }

    private async Task<ZaloAnswer> CallAsync(Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        string? refused = null;
        for (var attempt = 1; ; attempt++)
        {
            var token = await tokens.GetAsync(settings.RefreshToken, RefreshAsync, refused, cancellationToken);
            using var request = build();
            request.Headers.Add("access_token", token);
            var answer = await ReadAsync<ZaloAnswer>(request, cancellationToken);
            if (!TokenRefused.Contains(answer.Error) || attempt == 2)
            {
                return answer;
            }

            refused = token;
        }
    }

    private async Task<IssuedZaloToken> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/v4/oa/access_token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["app_id"] = settings.AppId,
                ["refresh_token"] = refreshToken,
                ["grant_type"] = "refresh_token",
            }),
        };
        request.Headers.Add("secret_key", settings.SecretKey);
        var issued = await ReadAsync<ZaloTokenAnswer>(request, cancellationToken);
        if (string.IsNullOrEmpty(issued.AccessToken))
        {
            // The app's credentials are the settings' fault: transient, so the messages pass once they are fixed.
            throw new DeliveryFailedException($"{System} không cấp mã truy cập ({issued.Error}: {issued.ErrorName})", permanent: false);
        }

        var seconds = double.TryParse(issued.ExpiresIn, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 3600;
        return new IssuedZaloToken(issued.AccessToken, issued.RefreshToken, TimeSpan.FromSeconds(seconds));
    }

    private async Task<T> ReadAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await HttpDeliveryFailures.SendAsync(http, request, System, cancellationToken);
        await HttpDeliveryFailures.EnsureAcceptedAsync(response, System, cancellationToken);
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(cancellationToken)
                ?? throw new DeliveryFailedException($"{System} trả lời rỗng", permanent: false);
        }
        catch (JsonException e)
        {
            throw new DeliveryFailedException($"{System} trả lời không đọc được: {e.Message}", permanent: false, e);
        }
    }

    private static void EnsureSucceeded(ZaloAnswer answer)
    {
        if (answer.Error == 0)
        {
            return;
        }

        // Negative codes other than a token problem refuse the parameters, the user or the template: no retry helps.
        var permanent = !TokenRefused.Contains(answer.Error);
        throw new DeliveryFailedException($"{System} từ chối ({answer.Error}): {answer.Message}", permanent);
    }

    private sealed record ZaloAnswer(
        [property: JsonPropertyName("error")] int Error,
        [property: JsonPropertyName("message")] string? Message,
        [property: JsonPropertyName("data")] ZaloUser? Data);

    private sealed record ZaloUser([property: JsonPropertyName("user_id")] string? UserId);

    private sealed record ZaloTokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] string? ExpiresIn,
        [property: JsonPropertyName("error")] int Error,
        [property: JsonPropertyName("error_name")] string? ErrorName);
}
