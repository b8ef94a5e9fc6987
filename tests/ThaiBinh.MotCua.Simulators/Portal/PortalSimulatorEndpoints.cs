using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ThaiBinh.MotCua.Simulators.Portal;

/// <summary>
/// The national public service portal (Cổng DVCQG), version 1 transport (integrations.md §1.2):
/// <c>POST /dvcqg/auth</c> gives a session for the right credentials and <c>dstcode</c> header;
/// <c>POST /dvcqg/integration</c> switches on <c>service</c> (DongBoHoSoMC, CapNhatTienDoHoSoMC,
/// TraCuuHoSo). Answers are <c>{error_code, message, result}</c> with HTTP 200, as the portal's are.
/// <c>/dvcqg/_sim/*</c> lets a test or a developer inject faults and read what arrived.
/// </summary>
public static class PortalSimulatorEndpoints
{
    public const string SessionExpiredCode = "-2";

    public static IServiceCollection AddPortalSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalSimulatorOptions>(configuration.GetSection("Simulators:Portal"));
        return services.AddSingleton<PortalSimulatorStore>();
    }

    public static IEndpointRouteBuilder MapPortalSimulator(this IEndpointRouteBuilder app)
    {
        var portal = app.MapGroup("/dvcqg");
        portal.MapPost("/auth", Authenticate);
        portal.MapPost("/integration", Integrate);
        portal.MapPost("/_sim/faults", (PortalFault fault, PortalSimulatorStore store) =>
        {
            fault.Remaining = Math.Max(fault.Count, 1);
            store.Inject(fault);
            return Results.NoContent();
        });
        portal.MapPost("/_sim/expire-sessions", (PortalSimulatorStore store) =>
        {
            store.ExpireSessions();
            return Results.NoContent();
        });
        portal.MapPost("/_sim/reset", (PortalSimulatorStore store) =>
        {
            store.Reset();
            return Results.NoContent();
        });
        portal.MapGet("/_sim/dossiers", (PortalSimulatorStore store) =>
            Results.Json(store.DossierCodes().Select(code => new { maHoSo = code, versions = store.Versions(code) })));
        portal.MapGet("/_sim/progress", (string maHoSo, PortalSimulatorStore store) => Results.Json(store.Progress(maHoSo)));
        return app;
    }

    private static IResult Authenticate(JsonObject body, HttpRequest request, IOptions<PortalSimulatorOptions> options, PortalSimulatorStore store)
    {
        var expected = options.Value;
        var right = PortalRecordRules.Text(body, "username") == expected.Username
            && PortalRecordRules.Text(body, "password") == expected.Password
            && request.Headers["dstcode"].ToString() == expected.DstCode;
        return right
            ? Results.Json(new { error_code = 0, message = "Đăng nhập thành công", session = store.OpenSession() })
            : Answer("-1", "Sai tên đăng nhập, mật khẩu hoặc mã đơn vị kết nối (dstcode)");
    }

    private static async Task<IResult> Integrate(
        JsonObject body, HttpRequest request, IOptions<PortalSimulatorOptions> options, PortalSimulatorStore store, CancellationToken cancellationToken)
    {
        if (store.NextCall() is { } fault)
        {
            switch (fault.Kind)
            {
                case "timeout":
                    try
                    {
                        await Task.Delay(TimeSpan.FromSeconds(fault.DelaySeconds), cancellationToken);
                    }
                    catch (OperationCanceledException)
                    {
                        return Results.Empty; // the client gave up, as the fault intends
                    }

                    break;
                case "http500":
                    return Results.StatusCode(StatusCodes.Status500InternalServerError);
                default:
                    return Answer(fault.ErrorCode, fault.Message);
            }
        }

        if (request.Headers["dstcode"].ToString() != options.Value.DstCode)
        {
            return Answer("-1", "Mã đơn vị kết nối (dstcode) không hợp lệ");
        }

        if (!store.IsSession(PortalRecordRules.Text(body, "session")))
        {
            return Answer(SessionExpiredCode, "Phiên làm việc (session) không hợp lệ hoặc đã hết hạn");
        }

        if (PortalRecordRules.Text(body, "madonvi") != options.Value.UnitCode)
        {
            return Answer("-1", $"Mã đơn vị (madonvi) '{PortalRecordRules.Text(body, "madonvi")}' không được cấp quyền tích hợp");
        }

        return PortalRecordRules.Text(body, "service") switch
        {
            "DongBoHoSoMC" => SyncDossiers(body, store),
            "CapNhatTienDoHoSoMC" => AppendProgress(body, store),
            "TraCuuHoSo" => Lookup(body, store),
            var service => Answer("-1", $"Dịch vụ '{service}' không được hỗ trợ"),
        };
    }

    private static IResult SyncDossiers(JsonObject body, PortalSimulatorStore store)
    {
        if (Records(body) is not { Count: > 0 } records)
        {
            return Answer("-1", "Thiếu dữ liệu hồ sơ (data)");
        }

        var updating = PortalRecordRules.Text(body, "isUpdating") switch
        {
            "True" => true,
            "False" => false,
            _ => (bool?)null,
        };
        if (updating is null)
        {
            return Answer("-1", "isUpdating phải là \"True\" hoặc \"False\"");
        }

        var problems = records.SelectMany(PortalRecordRules.OfDossier).ToList();
        if (problems.Count > 0)
        {
            return Answer("-1", string.Join("; ", problems));
        }

        foreach (var record in records)
        {
            var code = PortalRecordRules.Text(record, "MaHoSo")!;
            if (updating == false && store.Exists(code))
            {
                return Answer("-3", $"Hồ sơ {code} đã tồn tại trên Cổng DVCQG");
            }

            if (updating == true && !store.Exists(code))
            {
                return Answer("-1", $"Hồ sơ {code} không tồn tại trên Cổng DVCQG, không thể cập nhật");
            }
        }

        foreach (var record in records)
        {
            store.Store(PortalRecordRules.Text(record, "MaHoSo")!, record, updating.Value);
        }

        return Answer("0", "Đồng bộ hồ sơ thành công");
    }

    private static IResult AppendProgress(JsonObject body, PortalSimulatorStore store)
    {
        if (Records(body) is not { Count: > 0 } rows)
        {
            return Answer("-1", "Thiếu dữ liệu tiến độ (data)");
        }

        var problems = rows.SelectMany(PortalRecordRules.OfProgress)
            .Concat(rows.Select(r => PortalRecordRules.Text(r, "MaHoSo")).Where(c => c is not null && !store.Exists(c)).Distinct()
                .Select(c => $"Hồ sơ {c} chưa được đồng bộ lên Cổng DVCQG"))
            .ToList();
        if (problems.Count > 0)
        {
            return Answer("-1", string.Join("; ", problems));
        }

        store.Append(rows);
        return Answer("0", "Cập nhật tiến độ thành công");
    }

    private static IResult Lookup(JsonObject body, PortalSimulatorStore store)
    {
        var code = PortalRecordRules.Text(body, "mahoso") ?? string.Empty;
        var versions = store.Versions(code);
        return Results.Json(new { error_code = "0", message = versions.Count == 0 ? "Không tìm thấy hồ sơ" : "Tìm thấy hồ sơ", result = versions.Count == 0 ? [] : new[] { versions[^1] } });
    }

    private static List<JsonObject>? Records(JsonObject body) =>
        body["data"] is JsonArray data ? [.. data.OfType<JsonObject>()] : null;

    private static IResult Answer(string errorCode, string message) =>
        Results.Json(new { error_code = errorCode, message, result = Array.Empty<object>() });
}
