namespace ThaiBinh.MotCua.Application.Common.Outbox;

/// <summary>The Vietnamese names a person reads for message types and channels (the admin's outbox page).</summary>
public static class OutboxLabels
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        [OutboxMessageTypes.Received] = "Tiếp nhận hồ sơ",
        [OutboxMessageTypes.Transferred] = "Chuyển hồ sơ",
        [OutboxMessageTypes.Progressed] = "Xử lý hồ sơ",
        [OutboxMessageTypes.SupplementRequested] = "Yêu cầu bổ sung",
        [OutboxMessageTypes.Supplemented] = "Nhận hồ sơ bổ sung",
        [OutboxMessageTypes.ResultReady] = "Có kết quả",
        [OutboxMessageTypes.Returned] = "Trả kết quả",
        [OutboxMessageTypes.Refused] = "Từ chối",
        [OutboxMessageTypes.Extended] = "Xin lỗi, hẹn lại ngày trả",
        [OutboxMessageTypes.DueMoved] = "Ngày hẹn thay đổi theo lịch",
        [OutboxMessageTypes.Stopped] = "Dừng xử lý",
        [OutboxMessageTypes.Withdrawn] = "Rút hồ sơ",
        [OutboxMessageTypes.HandedOver] = "Bàn giao hồ sơ",
        [OutboxMessageTypes.OverdueDigest] = "Tổng hợp hồ sơ quá hạn (giám sát)",
        [OutboxMessageTypes.DueSoon] = "Hồ sơ sắp đến hạn (người xử lý)",
    };

    private static readonly Dictionary<string, string> Channels = new(StringComparer.Ordinal)
    {
        ["portal"] = "Cổng DVCQG",
        ["email"] = "Thư điện tử",
        ["sms"] = "SMS",
        ["zalo"] = "Zalo",
    };

    /// <summary>The type's name, or the machine name for a type this version does not know (an older row).</summary>
    public static string Type(string type) => Types.GetValueOrDefault(type, type);

    public static string Channel(string channel) => Channels.GetValueOrDefault(channel, channel);
}
