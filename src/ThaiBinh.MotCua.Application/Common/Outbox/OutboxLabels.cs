namespace ThaiBinh.MotCua.Application.Common.Outbox;

/// <summary>The Vietnamese names a person reads for message types and channels (the admin's outbox and template pages).</summary>
public static class OutboxLabels
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        [OutboxMessageTypes.Received] = "Tiếp nhận hồ sơ (kèm ngày hẹn trả)",
        [OutboxMessageTypes.Transferred] = "Chuyển hồ sơ",
        [OutboxMessageTypes.Progressed] = "Xử lý hồ sơ",
        [OutboxMessageTypes.SupplementRequested] = "Yêu cầu bổ sung, hoàn thiện hồ sơ",
        [OutboxMessageTypes.Supplemented] = "Nhận hồ sơ bổ sung",
        [OutboxMessageTypes.ResultReady] = "Đã có kết quả",
        [OutboxMessageTypes.Returned] = "Đã trả kết quả",
        [OutboxMessageTypes.Refused] = "Không đủ điều kiện giải quyết",
        [OutboxMessageTypes.Extended] = "Xin lỗi và hẹn lại ngày trả kết quả",
        [OutboxMessageTypes.DueMoved] = "Ngày hẹn trả đổi do lịch làm việc thay đổi",
        [OutboxMessageTypes.Stopped] = "Dừng xử lý",
        [OutboxMessageTypes.Withdrawn] = "Rút hồ sơ",
        [OutboxMessageTypes.HandedOver] = "Bàn giao hồ sơ",
        [OutboxMessageTypes.SubmittedOnline] = "Nhận hồ sơ nộp trực tuyến",
        [OutboxMessageTypes.PaymentRequested] = "Yêu cầu thực hiện nghĩa vụ tài chính",
        [OutboxMessageTypes.Paid] = "Đã thanh toán phí, lệ phí",
        [OutboxMessageTypes.PaymentRefunded] = "Hoàn phí, lệ phí",
        [OutboxMessageTypes.OverdueDigest] = "Tổng hợp hồ sơ mới quá hạn (giám sát)",
        [OutboxMessageTypes.DueSoon] = "Hồ sơ sắp đến hạn (cán bộ xử lý)",
    };

    private static readonly Dictionary<string, string> Channels = new(StringComparer.Ordinal)
    {
        [NationalPortal.PortalSyncPlanner.Channel] = "Cổng DVCQG",
        [Notices.Templates.NoticeChannels.Email] = "Thư điện tử",
        [Notices.Templates.NoticeChannels.Sms] = "SMS",
        [Notices.Templates.NoticeChannels.Zalo] = "Zalo",
    };

    /// <summary>The type's name, or the machine name for a type this version does not know (an older row).</summary>
    public static string Type(string type) => Types.GetValueOrDefault(type, type);

    public static string Channel(string channel) => Channels.GetValueOrDefault(channel, channel);
}
