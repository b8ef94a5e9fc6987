using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ThaiBinh.MotCua.Simulators.Faults;
using ThaiBinh.MotCua.Simulators.Home;

namespace ThaiBinh.MotCua.Simulators.Sms;

/// <summary>
/// The province's SMS brandname hub (integrations.md §4.2) at /sms: <c>POST /sms/send</c> with a
/// bearer token and JSON <c>{requestId, brandname, TemplateId, maPhanMem:"DVC", nhaMang, soDienThoai:"84…", noiDung}</c>;
/// answers <c>{maLoi:"00"}</c> or 400/401 with <c>{maLoi, moTa}</c>. Settings <c>Simulators:Sms:Token|Brandname</c>.
/// </summary>
public static partial class SmsSimulator
{
    public const string DefaultToken = "sim-sms-token";
    public const string DefaultBrandname = "DVCTHAIBINH";

    /// <summary>Two concatenated 7-bit segments (2 × 153 characters).</summary>
    public const int MaxLength = 306;

    private static readonly string[] Networks = ["viettel", "vinaphone", "mobifone", "vietnamobile", "gmobile", "itelecom"];

    public static IServiceCollection AddSmsSimulator(this IServiceCollection services)
    {
        services.AddSingleton<SmsInbox>();
        services.AddSingleton<ISimulatorSection>(sp => sp.GetRequiredService<SmsInbox>());
        services.AddSingleton<SmsFaults>();
        return services;
    }

    public static void MapSmsSimulator(this WebApplication app)
    {
        var token = app.Configuration["Simulators:Sms:Token"] ?? DefaultToken;
        var brandname = app.Configuration["Simulators:Sms:Brandname"] ?? DefaultBrandname;
        var inbox = app.Services.GetRequiredService<SmsInbox>();
        var faults = app.Services.GetRequiredService<SmsFaults>();

        app.MapGroup("/sms").WithFaults(faults).MapPost("/send", async (HttpRequest request) =>
        {
            if (request.Headers.Authorization.ToString() != $"Bearer {token}")
            {
                return Refuse(StatusCodes.Status401Unauthorized, "401", "Token không hợp lệ");
            }

            JsonElement body;
            try
            {
                body = (await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted)).RootElement;
            }
            catch (JsonException)
            {
                return Refuse(StatusCodes.Status400BadRequest, "01", "Dữ liệu không phải JSON");
            }

            var requestId = Text(body, "requestId");
            var number = Text(body, "soDienThoai");
            var content = Text(body, "noiDung");
            var network = Text(body, "nhaMang");
            var problem = (requestId, number, content, network) switch
            {
                _ when string.IsNullOrEmpty(requestId) => "Thiếu requestId",
                _ when Text(body, "maPhanMem") != "DVC" => "maPhanMem phải là DVC",
                _ when string.IsNullOrEmpty(Text(body, "TemplateId")) => "Thiếu TemplateId",
                _ when Text(body, "brandname") != brandname => $"Brandname chưa đăng ký: {Text(body, "brandname")}",
                _ when !Networks.Contains(network) => $"Nhà mạng không hỗ trợ: {network}",
                _ when !InternationalNumber().IsMatch(number ?? "") => $"Số điện thoại phải dạng 84xxxxxxxxx: {number}",
                _ when string.IsNullOrEmpty(content) => "Thiếu nội dung",
                _ when !Ascii.IsValid(content) => "Nội dung phải không dấu (ASCII)",
                _ when content.Length > MaxLength => $"Nội dung dài quá {MaxLength} ký tự",
                _ => null,
            };
            if (problem is not null)
            {
                return Refuse(StatusCodes.Status400BadRequest, "02", problem);
            }

            var isNew = inbox.Accept(new SmsRecord(requestId!, brandname, Text(body, "TemplateId")!, network!, number!, content!, DateTimeOffset.UtcNow));
            return Results.Json(new { maLoi = "00", moTa = isNew ? "Thành công" : "Đã nhận trước đó" });
        });

        var control = app.MapGroup("/sms/_sim");
        control.MapGet("/messages", () => Results.Json(new { received = inbox.Received, messages = inbox.Messages }));
        control.MapFaults(faults);
        control.MapPost("/reset", () =>
        {
            inbox.Reset();
            faults.Clear();
            return Results.NoContent();
        });
    }

    private static IResult Refuse(int status, string code, string reason) =>
        Results.Json(new { maLoi = code, moTa = reason }, statusCode: status);

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    [GeneratedRegex("^84[0-9]{9}$")]
    private static partial Regex InternationalNumber();
}
