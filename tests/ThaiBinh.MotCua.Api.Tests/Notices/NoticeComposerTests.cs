using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Application.Notices.Templates;
using static ThaiBinh.MotCua.Application.Common.Outbox.OutboxContracts;

namespace ThaiBinh.MotCua.Api.Tests.Notices;

/// <summary>
/// The host's composer turns deliveries built from a real receipt's outbox message into the text each
/// channel sends: email and Zalo in Vietnamese with diacritics, SMS in ASCII within two segments.
/// </summary>
public sealed class NoticeComposerTests(ApiFixture api) : ApiTest
{
    private const string ProcedureName = "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam";

    private readonly NoticeDesk _notices = new(api);

    [Fact]
    public async Task The_receipt_email_speaks_vietnamese_with_diacritics_and_names_the_appointment_in_vietnam_time()
    {
        var dossier = await _notices.ReceiveAsync(new { channel = "email", email = "an@example.vn" });
        var message = NoticeDesk.Envelope(dossier, OutboxMessageTypes.Received);

        var notice = await _notices.ComposeAsync(NoticeDesk.Delivery(message, "email", "an@example.vn"));

        var appointment = dossier.DueAt.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm");
        Assert.Equal($"Hồ sơ {dossier.Code} đã được tiếp nhận, hẹn trả kết quả {appointment}", notice.Subject);
        Assert.Contains("Kính gửi Ông/Bà Nguyễn Văn Ấn,", notice.Body);
        Assert.Contains($"Ngày hẹn trả kết quả: {appointment}.", notice.Body);
        Assert.Contains($"\"{ProcedureName}\"", notice.Body);
        Assert.Contains("Trung tâm Phục vụ hành chính công", notice.Body);
        Assert.Equal(dossier.Code, notice.Fields[NoticePlaceholders.MaHoSo]);
    }

    [Fact]
    public async Task The_receipt_sms_is_ascii_with_the_procedure_the_code_and_the_date_within_two_segments()
    {
        var dossier = await _notices.ReceiveAsync(new { channel = "sms", phone = "0912345678" });

        var notice = await _notices.ComposeAsync(NoticeDesk.Delivery(NoticeDesk.Envelope(dossier, OutboxMessageTypes.Received), "sms", "0912345678"));

        Assert.Null(notice.Subject);
        Assert.True(notice.Body.All(c => c is >= ' ' and <= '~' or '\n'), notice.Body);
        Assert.StartsWith($"Ho so {dossier.Code} (Cap Phieu ly lich tu phap", notice.Body);
        Assert.EndsWith($"Ngay hen tra ket qua: {dossier.DueAt.ToOffset(TimeSpan.FromHours(7)):dd/MM/yyyy HH:mm}.", notice.Body);
        Assert.True(notice.Body.Length <= SmsText.TwoSegments, $"{notice.Body.Length}: {notice.Body}");
    }

    [Fact]
    public async Task An_sms_with_a_300_character_procedure_name_and_long_reasons_is_cut_with_dots_never_in_the_code_or_the_date()
    {
        var dossier = await _notices.ReceiveAsync(new { channel = "sms", phone = "0912345678" });
        var longName = string.Concat(Enumerable.Repeat("Thủ tục đăng ký biến động quyền sử dụng đất ", 8))[..300];
        var items = string.Concat(Enumerable.Repeat("Bản sao có chứng thực Giấy chứng nhận quyền sử dụng đất; ", 30))[..1500];
        var reasons = string.Concat(Enumerable.Repeat("Bản chụp chưa rõ nét, thiếu chữ ký của đồng sở hữu; ", 30))[..1500];
        await _notices.ExecuteAsync("UPDATE procedures SET name = {0} WHERE code = {1}", longName, NoticeDesk.Procedure);
        try
        {
            await _notices.ExecuteAsync("UPDATE dossiers SET supplement_items = {0}, supplement_reasons = {1} WHERE id = {2}", items, reasons, dossier.Id);
            var later = dossier.DueAt.AddDays(7);

            var supplement = await _notices.ComposeAsync(NoticeDesk.Delivery(NoticeDesk.Envelope(dossier, OutboxMessageTypes.SupplementRequested), "sms", "0912345678"));
            var apology = await _notices.ComposeAsync(NoticeDesk.Delivery(
                NoticeDesk.Envelope(dossier, OutboxMessageTypes.Extended, later, dossier.DueAt), "sms", "0912345678"));

            foreach (var body in new[] { supplement.Body, apology.Body })
            {
                Assert.True(body.Length <= SmsText.TwoSegments, $"{body.Length}: {body}");
                Assert.True(body.All(c => c is >= ' ' and <= '~' or '\n'), body);
                Assert.Contains($"Ho so {dossier.Code}", body, StringComparison.OrdinalIgnoreCase);
            }

            Assert.StartsWith($"Ho so {dossier.Code} can bo sung: Ban sao co chung thuc", supplement.Body);
            Assert.Contains("...", supplement.Body);
            Assert.Contains(". Ly do: Ban chup chua ro net", supplement.Body);
            Assert.Contains($"dung hen {Vn(dossier.DueAt)}. Hen tra ket qua moi: {Vn(later)}.", apology.Body);
        }
        finally
        {
            // The class's other tests read the seeded name (the database is reset per class, not per test).
            await _notices.ExecuteAsync("UPDATE procedures SET name = {0} WHERE code = {1}", ProcedureName, NoticeDesk.Procedure);
        }
    }

    [Fact]
    public async Task The_apology_email_gives_the_old_and_the_new_appointment_and_the_calendar_notice_gives_both_too()
    {
        var dossier = await _notices.ReceiveAsync(new { channel = "email", email = "an@example.vn" });
        var later = dossier.DueAt.AddDays(5);

        var apology = await _notices.ComposeAsync(NoticeDesk.Delivery(
            NoticeDesk.Envelope(dossier, OutboxMessageTypes.Extended, later, dossier.DueAt), "email", "an@example.vn"));
        var moved = await _notices.ComposeAsync(NoticeDesk.Delivery(
            NoticeDesk.Envelope(dossier, OutboxMessageTypes.DueMoved, later, dossier.DueAt, "Lịch làm việc thay đổi ngày 03/06/2025: Nghỉ bù"), "zalo", "0912345678"));

        Assert.Contains($"chưa giải quyết được đúng hẹn {Vn(dossier.DueAt)}", apology.Body);
        Assert.Contains($"xin hẹn trả kết quả vào {Vn(later)}", apology.Body);
        Assert.Contains("thành thật xin lỗi", apology.Body);
        Assert.Contains($"chuyển từ {Vn(dossier.DueAt)} sang {Vn(later)}", moved.Body);
        Assert.Null(moved.Subject);
    }

    [Fact]
    public async Task The_overdue_digest_is_one_mail_listing_each_dossier_with_its_procedure_office_and_due_moment()
    {
        var first = await _notices.ReceiveAsync(null);
        var second = await _notices.ReceiveAsync(null);
        var supervisor = await _notices.OfficerIdAsync("tinh.giamsat");
        var office = await new DossierDesk(api).OfficeIdAsync("000.00.01.H54");
        var runAt = first.OccurredAt.AddDays(30);
        var payload = Write(new OverdueDigestV1(supervisor, runAt,
            [new FlaggedDossierV1(second.Id, second.Code, second.DueAt, office), new FlaggedDossierV1(first.Id, first.Code, first.DueAt, office)]));
        var message = new OutboxEnvelope(Guid.CreateVersion7(), OutboxMessageTypes.OverdueDigest, OutboxMessageTypes.Version, null, runAt, payload);

        var digest = await _notices.ComposeAsync(NoticeDesk.Delivery(message, "email", "tinh.giamsat@motcua.test"));

        Assert.Equal($"2 hồ sơ mới quá hạn (rà soát lúc {Vn(runAt)})", digest.Subject);
        Assert.Contains("Kính gửi Lê Thị Ngọc Ánh,", digest.Body);
        var lines = digest.Body.Split('\n').Where(l => l.StartsWith("1. ", StringComparison.Ordinal) || l.StartsWith("2. ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal($"1. {first.Code} – {ProcedureName} – Trung tâm Phục vụ hành chính công tỉnh Thái Bình – hạn {Vn(first.DueAt)}", lines[0]);
        Assert.StartsWith($"2. {second.Code} – ", lines[1]);
    }

    [Fact]
    public async Task A_template_turned_off_after_planning_fails_the_delivery_for_good()
    {
        var dossier = await _notices.ReceiveAsync(new { channel = "sms", phone = "0912345678" });
        await _notices.ExecuteAsync("UPDATE notice_templates SET is_active = false WHERE message_type = 'dossier.returned' AND channel = 'sms'");

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(async () =>
            await _notices.ComposeAsync(NoticeDesk.Delivery(NoticeDesk.Envelope(dossier, OutboxMessageTypes.Returned), "sms", "0912345678")));

        Assert.True(failure.Permanent);
    }

    private static string Vn(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
