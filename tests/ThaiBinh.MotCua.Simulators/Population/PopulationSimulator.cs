using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ThaiBinh.MotCua.Simulators.Faults;
using ThaiBinh.MotCua.Simulators.Home;

namespace ThaiBinh.MotCua.Simulators.Population;

/// <summary>
/// The national population database behind the province's gateway (integrations.md §2.1) at /csdldc:
/// <c>POST /csdldc/tra-cuu</c> with JSON <c>{HoVaTen, SoDinhDanh, SoCMND, NgayThangNam, Nam, MaTichHop,
/// MaDVC, MaCanBo, MaYeuCau}</c> answers <c>{error_code: 0, message: SOAP XML}</c> for a citizen of
/// <see cref="PopulationCitizens"/> (by number only: matching the name is the caller's check),
/// <c>{error_code: 1}</c> for a number it does not hold, and another code for a request it refuses
/// (name not upper case without marks, wrong integration codes, no request id). The slow citizen is
/// answered after <c>Simulators:PopulationDb:SlowMilliseconds</c> (5 s). Settings
/// <c>Simulators:PopulationDb:MaTichHop|MaDVC</c>.
/// </summary>
public static partial class PopulationSimulator
{
    public const string DefaultMaTichHop = "037";
    public const string DefaultMaDvc = "000.00.00.H54";
    public const int DefaultSlowMilliseconds = 5000;

    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    public static IServiceCollection AddPopulationSimulator(this IServiceCollection services)
    {
        services.AddSingleton<PopulationInbox>();
        services.AddSingleton<ISimulatorSection>(sp => sp.GetRequiredService<PopulationInbox>());
        services.AddSingleton<PopulationFaults>();
        return services;
    }

    public static void MapPopulationSimulator(this WebApplication app)
    {
        var maTichHop = app.Configuration["Simulators:PopulationDb:MaTichHop"] ?? DefaultMaTichHop;
        var maDvc = app.Configuration["Simulators:PopulationDb:MaDVC"] ?? DefaultMaDvc;
        var slow = app.Configuration.GetValue("Simulators:PopulationDb:SlowMilliseconds", DefaultSlowMilliseconds);
        var inbox = app.Services.GetRequiredService<PopulationInbox>();
        var faults = app.Services.GetRequiredService<PopulationFaults>();

        app.MapGroup("/csdldc").WithFaults(faults).MapPost("/tra-cuu", async (HttpRequest request) =>
        {
            JsonElement body;
            try
            {
                body = (await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted)).RootElement;
            }
            catch (JsonException)
            {
                return Answer(9, "Dữ liệu không phải JSON");
            }

            var record = new PopulationRequestRecord(
                Text(body, "HoVaTen"), Text(body, "SoDinhDanh"), Text(body, "SoCMND"), Text(body, "NgayThangNam"), Text(body, "Nam"),
                Text(body, "MaTichHop"), Text(body, "MaDVC"), Text(body, "MaCanBo"), Text(body, "MaYeuCau"), string.Empty, DateTimeOffset.UtcNow);
            var problem = record switch
            {
                { MaYeuCau: null or "" } => "Thiếu MaYeuCau",
                _ when record.MaTichHop != maTichHop => $"MaTichHop không đúng: {record.MaTichHop}",
                _ when record.MaDvc != maDvc => $"MaDVC chưa được cấp quyền: {record.MaDvc}",
                { MaCanBo: null or "" } => "Thiếu MaCanBo",
                _ when !RegistryName().IsMatch(record.HoVaTen ?? "") => $"HoVaTen phải viết hoa, không dấu: {record.HoVaTen}",
                _ when !TwelveDigits().IsMatch(record.SoDinhDanh ?? "") && !NineDigits().IsMatch(record.SoCmnd ?? "") => "Thiếu SoDinhDanh (12 số) hoặc SoCMND (9 số)",
                _ when !EightDigits().IsMatch(record.NgayThangNam ?? "") => $"NgayThangNam phải dạng yyyyMMdd: {record.NgayThangNam}",
                _ when record.Nam != record.NgayThangNam![..4] => $"Nam không khớp NgayThangNam: {record.Nam}",
                _ => null,
            };
            if (problem is not null)
            {
                inbox.Accept(record with { Answer = "refused: " + problem });
                return Answer(2, problem);
            }

            var number = string.IsNullOrEmpty(record.SoDinhDanh) ? record.SoCmnd! : record.SoDinhDanh;
            if (!PopulationCitizens.All.TryGetValue(number, out var citizen))
            {
                inbox.Accept(record with { Answer = "not-found" });
                return Answer(1, "Không tìm thấy thông tin công dân");
            }

            if (number == PopulationCitizens.Slow)
            {
                inbox.Accept(record with { Answer = "slow" });
                try
                {
                    await Task.Delay(slow, request.HttpContext.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return Results.Empty; // the caller gave up waiting, as it should
                }
            }
            else
            {
                inbox.Accept(record with { Answer = "found" });
            }

            return Answer(0, Envelope(citizen).ToString(SaveOptions.DisableFormatting));
        });

        var control = app.MapGroup("/csdldc/_sim");
        control.MapGet("/requests", () => Results.Json(new { received = inbox.Received, requests = inbox.Messages }));
        control.MapFaults(faults);
        control.MapPost("/reset", () =>
        {
            inbox.Reset();
            faults.Clear();
            return Results.NoContent();
        });
    }

    /// <summary>The SOAP answer: Envelope/Body/CongdanCollection/CongDan with the QCVN 109 elements.</summary>
    public static XDocument Envelope(CannedCitizen citizen) => new(
        new XDeclaration("1.0", "utf-8", null),
        new XElement(Soap + "Envelope", new XAttribute(XNamespace.Xmlns + "soap", Soap),
            new XElement(Soap + "Body",
                new XElement("CongdanCollection",
                    new XElement("CongDan",
                        new XElement("SoDinhDanh", citizen.SoDinhDanh),
                        new XElement("SoCMND"),
                        new XElement("LoaiTaiKhoan", "1"),
                        new XElement("HoVaTen", new XElement("Ho", citizen.Ho), new XElement("ChuDem", citizen.ChuDem), new XElement("Ten", citizen.Ten)),
                        new XElement("GioiTinh", citizen.GioiTinh),
                        new XElement("DanToc", "01"),
                        new XElement("TonGiao", "00"),
                        new XElement("NgayThangNamSinh", new XElement("Nam", citizen.NgayThangNam[..4]), new XElement("NgayThangNam", citizen.NgayThangNam)),
                        Address("NoiDangKyKhaiSinh", citizen.ThuongTru),
                        Address("QueQuan", citizen.ThuongTru),
                        Address("ThuongTru", citizen.ThuongTru),
                        Address("NoiOHienTai", citizen.NoiOHienTai ?? citizen.ThuongTru),
                        new XElement("QuocTich", "VN"))))));

    private static XElement Address(string name, CannedAddress address) =>
        new(name, new XElement("DiaChi",
            new XElement("MaTinhThanh", address.MaTinhThanh),
            new XElement("MaQuanHuyen", address.MaQuanHuyen),
            new XElement("MaPhuongXa", address.MaPhuongXa),
            new XElement("TenTinhThanh", address.TenTinhThanh),
            new XElement("TenQuanHuyen", address.TenQuanHuyen),
            new XElement("TenPhuongXa", address.TenPhuongXa),
            new XElement("ChiTiet", address.ChiTiet),
            new XElement("QuocGia", "VN")));

    private static IResult Answer(int code, string message) => Results.Json(new Dictionary<string, object> { ["error_code"] = code, ["message"] = message });

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    [GeneratedRegex("^[A-Z]+( [A-Z]+)*$")]
    private static partial Regex RegistryName();

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex TwelveDigits();

    [GeneratedRegex("^[0-9]{9}$")]
    private static partial Regex NineDigits();

    [GeneratedRegex("^[0-9]{8}$")]
    private static partial Regex EightDigits();
}
