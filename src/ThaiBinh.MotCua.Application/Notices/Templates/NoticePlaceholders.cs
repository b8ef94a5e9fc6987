using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Application.Notices.Templates;

/// <summary>
/// A value a template may name as {Name}. <c>Shortenable</c>: free text an SMS may cut with "..." to
/// fit two segments (names, reasons); a code or a date is never cut. <c>Sample</c>: the longest value
/// it can plausibly take, with which an admin's SMS is checked before it is saved.
/// </summary>
public sealed record Placeholder(string Name, string Description, bool Shortenable, string Sample);

/// <summary>
/// The one list of what each notice may say: for every message type that has templates, the channels
/// it is written for and the placeholders it knows. The composer fills exactly these; the admin's
/// edit is refused if it names another.
/// </summary>
public static class NoticePlaceholders
{
    public const string MaHoSo = "MaHoSo";
    public const string TenThuTuc = "TenThuTuc";
    public const string ChuHoSo = "ChuHoSo";
    public const string NoiTiepNhan = "NoiTiepNhan";
    public const string NgayTiepNhan = "NgayTiepNhan";
    public const string NgayHenTra = "NgayHenTra";
    public const string NgayHenTraCu = "NgayHenTraCu";
    public const string GiayToBoSung = "GiayToBoSung";
    public const string LyDo = "LyDo";
    public const string NoiNhanKetQua = "NoiNhanKetQua";
    public const string NgayTraKetQua = "NgayTraKetQua";
    public const string HoTen = "HoTen";
    public const string SoHoSo = "SoHoSo";
    public const string NgayChay = "NgayChay";
    public const string DanhSachHoSo = "DanhSachHoSo";
    public const string DanhGiaUrl = "DanhGiaUrl";

    private const string LongDate = "31/12/2025 16:30";

    private static readonly string LongText = string.Concat(Enumerable.Repeat("Nội dung rất dài của cán bộ ghi cho công dân ", 50));

    private static readonly Placeholder[] Dossier =
    [
        new(MaHoSo, "Mã hồ sơ", false, "000.00.00.H54-251231-9999"),
        new(TenThuTuc, "Tên thủ tục hành chính", true, LongText[..300]),
        new(ChuHoSo, "Họ tên người nộp hồ sơ hoặc tên tổ chức", true, LongText[..200]),
        new(NoiTiepNhan, "Nơi tiếp nhận hồ sơ", true, LongText[..256]),
        new(NgayTiepNhan, "Thời điểm tiếp nhận (dd/MM/yyyy HH:mm)", false, LongDate),
        new(NgayHenTra, "Ngày hẹn trả kết quả (dd/MM/yyyy HH:mm)", false, LongDate),
    ];

    private static readonly Placeholder Reasons = new(LyDo, "Lý do", true, LongText[..2000]);

    private static readonly Placeholder[] Supervision =
    [
        new(HoTen, "Họ tên cán bộ nhận thư", true, LongText[..128]),
        new(SoHoSo, "Số hồ sơ trong danh sách", false, "9999"),
        new(NgayChay, "Thời điểm rà soát (dd/MM/yyyy HH:mm)", false, LongDate),
        new(DanhSachHoSo, "Danh sách hồ sơ: mã, thủ tục, cơ quan đang giải quyết, hạn", true, LongText),
    ];

    private static readonly string[] CitizenChannels = NoticeChannels.All;
    private static readonly string[] EmailOnly = [NoticeChannels.Email];

    private static readonly Dictionary<string, (string[] Channels, Placeholder[] Placeholders)> ByType = new()
    {
        [OutboxMessageTypes.Received] = (CitizenChannels, Dossier),
        [OutboxMessageTypes.SupplementRequested] = (CitizenChannels,
            [.. Dossier, new(GiayToBoSung, "Giấy tờ cần bổ sung, hoàn thiện", true, LongText[..2000]), Reasons]),
        [OutboxMessageTypes.ResultReady] = (CitizenChannels,
            [.. Dossier, new(NoiNhanKetQua, "Nơi hoặc cách nhận kết quả", true, LongText[..300])]),
        [OutboxMessageTypes.Returned] = (CitizenChannels,
            [.. Dossier, new(NgayTraKetQua, "Thời điểm trả kết quả (dd/MM/yyyy HH:mm)", false, LongDate),
                new(DanhGiaUrl, "Đường dẫn để công dân đánh giá việc giải quyết hồ sơ", false, "https://dichvucong.thaibinh.gov.vn/danh-gia/" + new string('x', 38))]),
        [OutboxMessageTypes.Refused] = (CitizenChannels, [.. Dossier, Reasons]),
        [OutboxMessageTypes.Extended] = (CitizenChannels,
            [.. Dossier, new(NgayHenTraCu, "Ngày hẹn trả trước khi gia hạn (dd/MM/yyyy HH:mm)", false, LongDate), Reasons]),
        [OutboxMessageTypes.DueMoved] = (CitizenChannels,
            [.. Dossier, new(NgayHenTraCu, "Ngày hẹn trả trước khi lịch làm việc thay đổi (dd/MM/yyyy HH:mm)", false, LongDate), Reasons]),
        [OutboxMessageTypes.OverdueDigest] = (EmailOnly, Supervision),
        [OutboxMessageTypes.DueSoon] = (EmailOnly, Supervision),
    };

    /// <summary>The message types that have templates.</summary>
    public static IEnumerable<string> MessageTypes => ByType.Keys;

    /// <summary>Whether a template of the type is written for the channel kind.</summary>
    public static bool Offers(string messageType, string channel) =>
        ByType.TryGetValue(messageType, out var entry) && entry.Channels.Contains(channel);

    /// <summary>The placeholders a template of the type may name; empty for a type without templates.</summary>
    public static IReadOnlyList<Placeholder> For(string messageType) =>
        ByType.TryGetValue(messageType, out var entry) ? entry.Placeholders : [];
}
