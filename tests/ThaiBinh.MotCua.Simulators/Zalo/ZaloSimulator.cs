using System.Text.Json;
using System.Text.RegularExpressions;
using ThaiBinh.MotCua.Simulators.Faults;
using ThaiBinh.MotCua.Simulators.Home;

namespace ThaiBinh.MotCua.Simulators.Zalo;

/// <summary>
/// Zalo Official Account at /zalo, as Zalo answers: HTTP 200 with <c>error</c> 0 or a negative code
/// (-216 invalid token, -213 not a follower, -201 invalid parameter). Tokens from
/// <c>POST oauth/v4/oa/access_token</c> (form app_id, refresh_token, grant_type; header secret_key),
/// then header <c>access_token</c> on <c>GET v3.0/oa/user/getbyphone?phone=84…</c> and
/// <c>POST v3.0/oa/message/cs</c>. Settings <c>Simulators:Zalo:AppId|SecretKey|RefreshToken</c>.
/// </summary>
public static partial class ZaloSimulator
{
    public const string DefaultAppId = "sim-zalo-app";
    public const string DefaultSecretKey = "sim-zalo-secret";
    public const string DefaultRefreshToken = "sim-zalo-refresh";

    public static IServiceCollection AddZaloSimulator(this IServiceCollection services)
    {
        services.AddSingleton<ZaloInbox>();
        services.AddSingleton<ISimulatorSection>(sp => sp.GetRequiredService<ZaloInbox>());
        services.AddSingleton<ZaloFaults>();
        return services;
    }

    public static void MapZaloSimulator(this WebApplication app)
    {
        var appId = app.Configuration["Simulators:Zalo:AppId"] ?? DefaultAppId;
        var secretKey = app.Configuration["Simulators:Zalo:SecretKey"] ?? DefaultSecretKey;
        var refreshToken = app.Configuration["Simulators:Zalo:RefreshToken"] ?? DefaultRefreshToken;
        var inbox = app.Services.GetRequiredService<ZaloInbox>();
        var faults = app.Services.GetRequiredService<ZaloFaults>();
        var zalo = app.MapGroup("/zalo").WithFaults(faults);

        zalo.MapPost("/oauth/v4/oa/access_token", async (HttpRequest request) =>
        {
            var form = request.HasFormContentType ? await request.ReadFormAsync() : null;
            if (request.Headers["secret_key"].ToString() != secretKey || form is null || form["app_id"].ToString() != appId)
            {
                return Results.Json(new { error = -14002, error_name = "Invalid app_id or secret_key" });
            }

            if (form["grant_type"].ToString() != "refresh_token" || form["refresh_token"].ToString() != refreshToken)
            {
                return Results.Json(new { error = -14014, error_name = "Invalid refresh token" });
            }

            // The simulator keeps the refresh token unchanged; Zalo rotates it (see the report's notes).
            return Results.Json(new { access_token = inbox.IssueToken(), refresh_token = refreshToken, expires_in = "90000" });
        });

        zalo.MapGet("/v3.0/oa/user/getbyphone", (HttpRequest request, string? phone) =>
        {
            if (!inbox.IsValidToken(request.Headers["access_token"].ToString()))
            {
                return Error(-216, "Access token is invalid");
            }

            if (!InternationalNumber().IsMatch(phone ?? ""))
            {
                return Error(-201, $"Invalid phone: {phone}");
            }

            return inbox.UserIdOf(phone!) is { } userId
                ? Results.Json(new { error = 0, message = "Success", data = new { user_id = userId } })
                : Error(-213, "User has not followed OA");
        });

        zalo.MapPost("/v3.0/oa/message/cs", async (HttpRequest request) =>
        {
            if (!inbox.IsValidToken(request.Headers["access_token"].ToString()))
            {
                return Error(-216, "Access token is invalid");
            }

            JsonElement body;
            try
            {
                body = (await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted)).RootElement.Clone();
            }
            catch (JsonException)
            {
                return Error(-201, "Body is not JSON");
            }

            var userId = Str(Path(body, "recipient", "user_id"));
            var trackingId = Str(Path(body, "tracking_id"));
            var text = Str(Path(body, "message", "text"));
            var payload = Path(body, "message", "attachment", "payload");
            var templateId = payload is { } p ? Str(Path(p, "template_id")) : null;
            var templateData = payload is { } q ? Path(q, "template_data") : null;
            if (string.IsNullOrEmpty(trackingId) || string.IsNullOrEmpty(userId))
            {
                return Error(-201, "recipient.user_id and tracking_id are required");
            }

            if (!inbox.IsFollower(userId))
            {
                return Error(-213, "User has not followed OA");
            }

            if (string.IsNullOrEmpty(text) && (string.IsNullOrEmpty(templateId) || templateData?.ValueKind != JsonValueKind.Object))
            {
                return Error(-201, "message.text or message.attachment.payload{template_id, template_data} is required");
            }

            inbox.Accept(new ZaloRecord(trackingId, userId, text, templateId, templateData, DateTimeOffset.UtcNow));
            return Results.Json(new { error = 0, message = "Success", data = new { message_id = trackingId, user_id = userId } });
        });

        var control = app.MapGroup("/zalo/_sim");
        control.MapPost("/followers", (FollowerRequest follower) => Results.Json(new { userId = inbox.Follow(follower.Phone) }));
        control.MapPost("/expire-tokens", () =>
        {
            inbox.ExpireTokens();
            return Results.NoContent();
        });
        control.MapGet("/messages", () => Results.Json(new { received = inbox.Received, messages = inbox.Messages }));
        control.MapFaults(faults);
        control.MapPost("/reset", () =>
        {
            inbox.Reset();
            faults.Clear();
            return Results.NoContent();
        });
    }

    private static IResult Error(int code, string message) => Results.Json(new { error = code, message });

    private static string? Str(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static JsonElement? Path(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }

    private sealed record FollowerRequest(string Phone);

    [GeneratedRegex("^84[0-9]{9}$")]
    private static partial Regex InternationalNumber();
}
