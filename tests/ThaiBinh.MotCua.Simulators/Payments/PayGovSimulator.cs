using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ThaiBinh.MotCua.Simulators.Payments;

/// <summary>
/// The national payment platform (integrations.md §3.1) at /paygov: INIT checks the bearer token, the
/// partner and the SHA-256 MaXacThuc and answers <c>{error_code:"0", message:"{\"UrlThanhToan\":…}"}</c>;
/// the pay page <c>/paygov/pay/{ref}</c> has "Thanh toán" and "Hủy", and either sends the signed
/// callback to the system's callback URL (the INIT's UrlCallback, else <c>Simulators:PayGov:CallbackUrl</c>);
/// QUERY answers TrangThaiGD 0/1/4. Its checksums are written here again, from the protocol, not
/// borrowed from the product. Settings <c>Simulators:PayGov:PartnerCode|SecretKey|AccessToken|CallbackUrl</c>.
/// </summary>
public static class PayGovSimulator
{
    public const string DefaultPartnerCode = "THAIBINH-MOTCUA";
    public const string DefaultSecretKey = "sim-paygov-secret";
    public const string DefaultAccessToken = "sim-paygov-token";

    private static readonly string[] InitFields =
        ["LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "SoTien", "LoaiHinhThanhToan", "MaKenhThanhToan", "MaThietBi", "NgonNgu", "MaTienTe", "MaNganHang", "ThongTinGiaoDich", "ThoiGianGD", "Ip"];

    private static readonly string[] QueryFields = ["LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "ThoiGianGD"];

    private static int _transactionNumber;

    public static IServiceCollection AddPayGovSimulator(this IServiceCollection services)
    {
        services.AddSingleton<PayGovLedger>();
        services.AddSingleton<Home.ISimulatorSection>(sp => sp.GetRequiredService<PayGovLedger>());
        services.AddHttpClient(nameof(PayGovSimulator));
        return services;
    }

    public static void MapPayGovSimulator(this WebApplication app)
    {
        var partner = app.Configuration["Simulators:PayGov:PartnerCode"] ?? DefaultPartnerCode;
        var secret = app.Configuration["Simulators:PayGov:SecretKey"] ?? DefaultSecretKey;
        var token = app.Configuration["Simulators:PayGov:AccessToken"] ?? DefaultAccessToken;
        var defaultCallback = app.Configuration["Simulators:PayGov:CallbackUrl"];
        var ledger = app.Services.GetRequiredService<PayGovLedger>();
        var group = app.MapGroup("/paygov");

        group.MapPost("/init", async (HttpRequest request) =>
        {
            ledger.CountInit();
            var body = await ReadAsync(request);
            if (Refusal(request, body, InitFields, token, partner, secret) is { } refusal)
            {
                ledger.CountRefused();
                return Results.Json(new { error_code = "-1", message = refusal });
            }

            if (ledger.Switches.RefuseInit)
            {
                return Results.Json(new { error_code = "99", message = "Hệ thống thanh toán tạm ngừng (giả lập)" });
            }

            if (!long.TryParse(Text(body, "SoTien"), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
            {
                return Results.Json(new { error_code = "-1", message = "SoTien phải là số đồng nguyên dương" });
            }

            var reference = Text(body, "MaThamChieu")!;
            var callback = Text(body, "UrlCallback") ?? defaultCallback;
            var back = Text(body, "UrlTraVe");
            var opened = ledger.Open(new PayGovTransaction(
                reference, amount, Text(body, "ThongTinGiaoDich") ?? string.Empty,
                callback is null ? null : new Uri(callback), back is null ? null : new Uri(back), DateTimeOffset.UtcNow));
            if (!opened)
            {
                return Results.Json(new { error_code = "-1", message = $"MaThamChieu {reference} đã tồn tại" });
            }

            var payUrl = $"{request.Scheme}://{request.Host}/paygov/pay/{Uri.EscapeDataString(reference)}";
            return Results.Json(new { error_code = "0", message = new JsonObject { ["UrlThanhToan"] = payUrl, ["MaThamChieu"] = reference }.ToJsonString() });
        });

        group.MapGet("/pay/{reference}", (string reference) =>
            ledger.Find(reference) is { } transaction
                ? Results.Content(PayPage(transaction), "text/html; charset=utf-8")
                : Results.Content("<!DOCTYPE html><html lang=\"vi\"><body><p>Không tìm thấy giao dịch.</p></body></html>", "text/html; charset=utf-8", statusCode: 404));

        group.MapPost("/pay/{reference}", async (string reference, HttpRequest request, IHttpClientFactory clients) =>
        {
            var transaction = ledger.Find(reference);
            if (transaction is null || transaction.State != "0")
            {
                return Results.Content("<!DOCTYPE html><html lang=\"vi\"><body><p>Giao dịch không còn chờ thanh toán.</p></body></html>", "text/html; charset=utf-8", statusCode: 409);
            }

            var form = await request.ReadFormAsync();
            var paid = form["action"] == "pay" && !ledger.Switches.FailPayments;
            transaction.State = paid ? "1" : "4";
            transaction.TransactionId = paid ? $"PG{Interlocked.Increment(ref _transactionNumber):D8}" : null;
            if (!ledger.Switches.DropCallbacks && transaction.CallbackUrl is { } callbackUrl)
            {
                transaction.CallbackAnswers.Add(await SendCallbackAsync(clients.CreateClient(nameof(PayGovSimulator)), callbackUrl, transaction, paid, partner, secret));
            }

            var message = paid ? "Thanh toán thành công." : "Giao dịch không thành công hoặc đã hủy.";
            var back = transaction.ReturnUrl is null ? string.Empty : $"<p><a href=\"{WebUtility.HtmlEncode(transaction.ReturnUrl.ToString())}\">Quay lại Cổng dịch vụ công</a></p>";
            return Results.Content($"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Kết quả thanh toán</title></head><body><p>{message}</p>{back}</body></html>", "text/html; charset=utf-8");
        }).DisableAntiforgery();

        group.MapPost("/query", async (HttpRequest request) =>
        {
            ledger.CountQuery();
            var body = await ReadAsync(request);
            if (Refusal(request, body, QueryFields, token, partner, secret) is { } refusal)
            {
                ledger.CountRefused();
                return Results.Json(new { MaLoi = "01", MoTaLoi = refusal });
            }

            var transaction = ledger.Find(Text(body, "MaThamChieu"));
            return transaction is null
                ? Results.Json(new { MaLoi = "02", MoTaLoi = "Không tìm thấy giao dịch" })
                : Results.Json(new
                {
                    MaLoi = "00",
                    MoTaLoi = "Thành công",
                    transaction.Reference,
                    MaThamChieu = transaction.Reference,
                    TrangThaiGD = transaction.State,
                    MaGiaoDich = transaction.TransactionId,
                    SoTien = transaction.Amount.ToString(CultureInfo.InvariantCulture),
                });
        });

        var control = app.MapGroup("/paygov/_sim");
        control.MapGet("/transactions", () => Results.Json(new { ledger.Inits, ledger.Queries, ledger.Refused, ledger.Switches, transactions = ledger.Transactions }));
        control.MapPost("/switches", (PayGovSwitches switches) =>
        {
            ledger.Switches = switches;
            return Results.NoContent();
        });
        control.MapPost("/reset", () =>
        {
            ledger.Reset();
            return Results.NoContent();
        });
    }

    /// <summary>The callback as PayGov sends it, signed with the shared secret; our system's MaLoi answer.</summary>
    private static async Task<string> SendCallbackAsync(HttpClient http, Uri url, PayGovTransaction transaction, bool paid, string partner, string secret)
    {
        var fields = new Dictionary<string, string>
        {
            ["LoaiBanTin"] = "PAY",
            ["MaLoi"] = paid ? "00" : "24",
            ["MaDoiTac"] = partner,
            ["MaThamChieu"] = transaction.Reference,
            ["SoTien"] = transaction.Amount.ToString(CultureInfo.InvariantCulture),
            ["MaTienTe"] = "VND",
            ["MaGiaoDich"] = transaction.TransactionId ?? string.Empty,
            ["MaNganHang"] = "PAYMENT",
            ["ThoiGianGD"] = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
            ["ThongTinGiaoDich"] = transaction.Content,
        };
        fields["MaXacThuc"] = Sign(fields.Values.Append(secret));
        try
        {
            using var response = await http.PostAsJsonAsync(url, fields);
            var answer = await response.Content.ReadFromJsonAsync<JsonObject>();
            return answer?["maLoi"]?.ToString() ?? answer?["MaLoi"]?.ToString() ?? $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception problem) when (problem is HttpRequestException or JsonException or TaskCanceledException)
        {
            return "unreachable";
        }
    }

    private static string PayPage(PayGovTransaction t)
    {
        var amount = t.Amount.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN")) + " đ";
        var reference = WebUtility.HtmlEncode(t.Reference);
        return $"""
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thanh toán trực tuyến – Nền tảng thanh toán quốc gia (giả lập)</title></head>
            <body><h1>Thanh toán phí, lệ phí</h1>
            <p>Nội dung: {WebUtility.HtmlEncode(t.Content)}</p><p>Mã tham chiếu: {reference}</p><p>Số tiền: <strong>{amount}</strong></p>
            <form method="post" action="/paygov/pay/{Uri.EscapeDataString(t.Reference)}"><button name="action" value="pay">Thanh toán</button> <button name="action" value="cancel">Hủy</button></form>
            </body></html>
            """;
    }

    /// <summary>Why the message is refused (token, partner, checksum), or null.</summary>
    private static string? Refusal(HttpRequest request, JsonObject? body, string[] fields, string token, string partner, string secret)
    {
        if (request.Headers.Authorization.ToString() != $"Bearer {token}")
        {
            return "AccessToken không hợp lệ";
        }

        if (body is null)
        {
            return "Dữ liệu không phải JSON";
        }

        if (Text(body, "MaDoiTac") != partner)
        {
            return "MaDoiTac không đúng";
        }

        var expected = Sign(fields.Select(f => Text(body, f) ?? string.Empty).Append(secret));
        return Text(body, "MaXacThuc") == expected ? null : "MaXacThuc không đúng";
    }

    private static string Sign(IEnumerable<string> parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', parts))));

    private static async Task<JsonObject?> ReadAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject? body, string name) => body?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
