using System.Globalization;
using System.Text.Json.Nodes;

namespace ThaiBinh.MotCua.Simulators.Portal;

/// <summary>
/// The checks the portal makes on what a province sends (integrations.md §1.4, §1.5): required fields,
/// dates as <c>yyyyMMddHHmmss</c>, statuses 1–10. Each answers the problems found, empty when none.
/// </summary>
internal static class PortalRecordRules
{
    private static readonly string[] DossierDates = ["NgayTiepNhan", "NgayHenTra", "NgayTra", "NgayKetThucXuLy", "NgayTuChoi", "NgayNopHoSo"];
    private static readonly string[] ProgressDates = ["ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh"];

    public static List<string> OfDossier(JsonObject record)
    {
        var problems = new List<string>();
        Require(record, problems, "MaHoSo", "MaTTHC", "NgayTiepNhan", "TrangThaiHoSo", "DonViXuLy", "TrichYeuHoSo", "ChuHoSo");
        Dates(record, problems, DossierDates);
        Status(record, problems, "TrangThaiHoSo");
        if (Text(record, "TrichYeuHoSo") is { Length: > 1000 })
        {
            problems.Add("TrichYeuHoSo dài quá 1000 ký tự");
        }

        if (Text(record, "KenhThucHien") is { } channel && channel is not ("1" or "2" or "3"))
        {
            problems.Add($"KenhThucHien '{channel}' không hợp lệ");
        }

        return problems;
    }

    public static List<string> OfProgress(JsonObject row)
    {
        var problems = new List<string>();
        Require(row, problems, "MaHoSo", "NguoiXuLy", "ThoiDiemXuLy", "TrangThai", "NoiDungXuLy");
        Dates(row, problems, ProgressDates);
        Status(row, problems, "TrangThai");
        return problems;
    }

    public static string? Text(JsonObject record, string field) =>
        record[field] is JsonValue value ? value.ToString() : null;

    private static void Require(JsonObject record, List<string> problems, params string[] fields) =>
        problems.AddRange(fields.Where(f => string.IsNullOrWhiteSpace(Text(record, f))).Select(f => $"Thiếu trường bắt buộc {f}"));

    private static void Dates(JsonObject record, List<string> problems, string[] fields) =>
        problems.AddRange(fields
            .Where(f => Text(record, f) is { } value
                && !DateTime.TryParseExact(value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .Select(f => $"{f} '{Text(record, f)}' không đúng định dạng yyyyMMddHHmmss"));

    private static void Status(JsonObject record, List<string> problems, string field)
    {
        if (Text(record, field) is { } value && !(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 1 and <= 10))
        {
            problems.Add($"{field} '{value}' không thuộc danh mục trạng thái 1–10");
        }
    }
}
