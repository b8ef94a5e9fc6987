using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Payments;
using ThaiBinh.MotCua.Simulators.Payments;

namespace ThaiBinh.MotCua.Api.Tests.Payments;

/// <summary>The payments endpoints as the desk and the processing office call them, and the citizen's pay page on the simulator.</summary>
public sealed class PaymentDesk(ApiFixture api)
{
    public const string Desk = "huyen.tiepnhan";
    public const string Specialist = "huyen.chuyenvien";
    public const string Leader = "huyen.lanhdao";

    /// <summary>Gia hạn xây dựng: 75.000 đồng before the result, the clock waits in status 6.</summary>
    public const string PausingProcedure = "1.009994";

    /// <summary>Hộ kinh doanh: 100.000 đồng before the result, the clock runs in status 6.</summary>
    public const string RunningProcedure = "1.001612";

    /// <summary>Khai sinh có yếu tố nước ngoài: 100.000 đồng at receipt.</summary>
    public const string AtReceiptProcedure = "2.000528";

    private static readonly JsonSerializerOptions PayGovJson = new();

    public WorkflowClient Workflow { get; } = new(api);

    public PayGovLedger Ledger => api.Simulators.Services.GetRequiredService<PayGovLedger>();

    /// <summary>Received and transferred: at the district office's appraisal, status 4.</summary>
    public async Task<string> InProcessingAsync(string procedure)
    {
        var code = (await Workflow.ReceiveAsync(Desk, procedure)).Code();
        await Workflow.DoAsync(Desk, code, "transfer");
        return code;
    }

    public async Task<HttpResponseMessage> PostAsync(string username, string path, object? body = null) =>
        await (await Workflow.As(username)).PostAsJsonAsync(path, body ?? new { });

    public async Task<JsonElement> OkAsync(string username, string path, object? body = null)
    {
        var response = await PostAsync(username, path, body);
        Assert.True(response.IsSuccessStatusCode, $"{username} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> PaymentsAsync(string code, string username = Desk) =>
        await (await Workflow.As(username)).GetFromJsonAsync<JsonElement>($"/api/dossiers/{code}/payments");

    public async Task<JsonElement> OnlyRequestAsync(string code) => (await PaymentsAsync(code)).GetProperty("requests").EnumerateArray().Single();

    /// <summary>The desk sends the request online; the pay page's address.</summary>
    public async Task<Uri> PayUrlAsync(string code, string id) =>
        new((await OkAsync(Desk, $"/api/dossiers/{code}/payments/{id}/online")).GetProperty("payUrl").GetString()!);

    /// <summary>The citizen opens the pay page and presses "Thanh toán" (pay) or "Hủy" (cancel), over real HTTP.</summary>
    public static async Task<string> PressAsync(Uri payUrl, string action)
    {
        using var browser = new HttpClient();
        var page = await browser.GetStringAsync(payUrl);
        Assert.Contains("Thanh toán", page);
        Assert.Contains("Hủy", page);
        var result = await browser.PostAsync(payUrl, new FormUrlEncodedContent([KeyValuePair.Create("action", action)]));
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        return await result.Content.ReadAsStringAsync();
    }

    /// <summary>A callback posted straight to the API as the platform would, signed with <paramref name="secret"/>.</summary>
    public async Task<JsonElement> CallbackAsync(string reference, long amount, string maLoi = "00", string secret = PayGovSimulator.DefaultSecretKey, string transaction = "PG-TEST-1")
    {
        var message = new PayGovCallbackMessage("PAY", maLoi, PayGovSimulator.DefaultPartnerCode, reference, amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "VND", transaction, "PAYMENT", "20250602100000", "THANH TOAN", null);
        message = message with { MaXacThuc = PayGovChecksum.Callback(message, secret) };
        var response = await api.CreateClient().PostAsync(
            "/api/payments/paygov/callback", new StringContent(JsonSerializer.Serialize(message, PayGovJson), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<long> RejectedCallbacksAsync(string reason)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM rejected_payment_callbacks WHERE reason = @reason", connection);
        command.Parameters.AddWithValue("reason", reason);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The history entries of one action, in order.</summary>
    public async Task<JsonElement[]> HistoryAsync(string code, string action) =>
        [.. (await Workflow.GetAsync(Desk, code)).GetProperty("history").EnumerateArray().Where(h => h.GetProperty("action").GetString() == action)];
}
