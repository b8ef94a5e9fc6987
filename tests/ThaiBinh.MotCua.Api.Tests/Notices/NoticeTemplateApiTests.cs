using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Notices.Templates;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests.Notices;

/// <summary>The templates are data an admin edits: listed, rewritten with optimistic concurrency, checked, never overwritten by a restart.</summary>
public sealed class NoticeTemplateApiTests(ApiFixture api) : ApiTest
{
    private const string ReceivedEmail = "/api/admin/notice-templates/dossier.received/email";

    [Fact]
    public async Task The_admin_lists_one_template_per_type_and_channel_the_placeholders_offer_with_their_placeholders()
    {
        using var admin = await api.CreateClientSignedInAsAsync("admin");

        var templates = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/notice-templates")).EnumerateArray().ToList();

        var expected = NoticePlaceholders.MessageTypes
            .SelectMany(type => NoticeChannels.All.Where(channel => NoticePlaceholders.Offers(type, channel)).Select(channel => $"{type}/{channel}"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, templates.Select(t => $"{t.GetProperty("messageType").GetString()}/{t.GetProperty("channel").GetString()}").Order(StringComparer.Ordinal));
        Assert.Equal(23, templates.Count);
        // The class's other tests edit some (the database is reset per class): the shipped ones are all in use.
        Assert.All(templates.Where(t => t.GetProperty("updatedBy").ValueKind == JsonValueKind.Null), t => Assert.True(t.GetProperty("isActive").GetBoolean()));
        Assert.All(templates.Where(t => t.GetProperty("channel").GetString() == "email"), t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("subject").GetString())));
        var digest = templates.Single(t => t.GetProperty("messageType").GetString() == "supervision.overdue-digest");
        Assert.Contains("{DanhSachHoSo}", digest.GetProperty("placeholders").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task An_edit_with_the_version_read_is_kept_and_a_second_edit_of_that_version_is_refused_with_412()
    {
        using var admin = await api.CreateClientSignedInAsAsync("admin");
        var read = Template(await admin.GetFromJsonAsync<JsonElement>("/api/admin/notice-templates"), "dossier.received", "email");
        var version = read.GetProperty("version").GetInt32();

        var edited = await PutAsync(admin, ReceivedEmail, new { subject = "Đã nhận hồ sơ {MaHoSo}", body = "Kính gửi {ChuHoSo}: hẹn trả {NgayHenTra}.", isActive = true }, $"\"{version}\"");
        var stale = await PutAsync(admin, ReceivedEmail, new { subject = "Bản sửa cũ {MaHoSo}", body = "Bản cũ", isActive = false }, $"\"{version}\"");

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal($"\"{version + 1}\"", edited.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("precondition_failed", (await Problem.ReadAsync(stale)).Code);
        var now = Template(await admin.GetFromJsonAsync<JsonElement>("/api/admin/notice-templates"), "dossier.received", "email");
        Assert.Equal(("Đã nhận hồ sơ {MaHoSo}", "Kính gửi {ChuHoSo}: hẹn trả {NgayHenTra}.", true, version + 1, "admin"),
            (now.GetProperty("subject").GetString(), now.GetProperty("body").GetString(), now.GetProperty("isActive").GetBoolean(), now.GetProperty("version").GetInt32(), now.GetProperty("updatedBy").GetString()));
    }

    [Fact]
    public async Task A_restart_fills_missing_templates_and_never_overwrites_an_admins_edit()
    {
        using var admin = await api.CreateClientSignedInAsAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(admin, "/api/admin/notice-templates/dossier.refused/sms", new { body = "Ho so {MaHoSo} bi tu choi: {LyDo}", isActive = false })).StatusCode);
        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            await db.NoticeTemplates.Where(t => t.MessageType == "dossier.returned" && t.Channel == "zalo").ExecuteDeleteAsync();
        }

        await api.Factory.Services.InitializeDatabaseAsync();

        var templates = await admin.GetFromJsonAsync<JsonElement>("/api/admin/notice-templates");
        var refused = Template(templates, "dossier.refused", "sms");
        Assert.Equal(("Ho so {MaHoSo} bi tu choi: {LyDo}", false), (refused.GetProperty("body").GetString(), refused.GetProperty("isActive").GetBoolean()));
        Assert.Contains("{MaHoSo}", Template(templates, "dossier.returned", "zalo").GetProperty("body").GetString());
    }

    [Fact]
    public async Task An_unknown_placeholder_is_a_field_error_naming_it_and_nothing_changes()
    {
        using var admin = await api.CreateClientSignedInAsAsync("admin");
        var before = Template(await admin.GetFromJsonAsync<JsonElement>("/api/admin/notice-templates"), "dossier.extended", "sms").GetRawText();

        var response = await PutAsync(admin, "/api/admin/notice-templates/dossier.extended/sms", new { body = "Ho so {MaHoSo} hen lai {NgayHenTraMoi}", isActive = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await Problem.ReadAsync(response)).Errors!["body"].Single();
        Assert.Contains("{NgayHenTraMoi}", error);
        Assert.Contains("{NgayHenTraCu}", error);
        Assert.Equal(before, Template(await admin.GetFromJsonAsync<JsonElement>("/api/admin/notice-templates"), "dossier.extended", "sms").GetRawText());
    }

    [Fact]
    public async Task An_sms_that_fits_only_with_short_values_is_refused_and_one_with_room_for_long_ones_is_kept()
    {
        using var admin = await api.CreateClientSignedInAsAsync("admin");
        var tooLong = "Thong bao: " + string.Join(' ', Enumerable.Repeat("ho so da duoc tiep nhan", 11)) + " {MaHoSo} {TenThuTuc} {NgayHenTra}";
        var fits = "Ho so {MaHoSo} ({TenThuTuc}) cua {ChuHoSo} da duoc tiep nhan. Hen tra: {NgayHenTra}.";

        var refused = await PutAsync(admin, "/api/admin/notice-templates/dossier.received/sms", new { body = tooLong, isActive = true });
        var kept = await PutAsync(admin, "/api/admin/notice-templates/dossier.received/sms", new { body = fits, isActive = true });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("hai phần", (await Problem.ReadAsync(refused)).Errors!["body"].Single());
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
    }

    [Fact]
    public async Task An_email_needs_a_subject_an_unknown_template_is_404_and_officers_who_are_not_admins_get_403()
    {
        using var admin = await api.CreateClientSignedInAsAsync("admin");
        using var supervisor = await api.CreateClientSignedInAsAsync("tinh.giamsat");

        var noSubject = await PutAsync(admin, ReceivedEmail, new { body = "Hồ sơ {MaHoSo}", isActive = true });
        var unknown = await PutAsync(admin, "/api/admin/notice-templates/supervision.overdue-digest/sms", new { body = "Ho so", isActive = true });
        var list = await supervisor.GetAsync("/api/admin/notice-templates");
        var edit = await PutAsync(supervisor, ReceivedEmail, new { subject = "Hồ sơ {MaHoSo}", body = "Hồ sơ {MaHoSo}", isActive = true });

        Assert.Equal(HttpStatusCode.BadRequest, noSubject.StatusCode);
        Assert.Equal(["Thư điện tử phải có tiêu đề."], (await Problem.ReadAsync(noSubject)).Errors!["subject"]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (list.StatusCode, edit.StatusCode));
    }

    private static JsonElement Template(JsonElement templates, string type, string channel) =>
        templates.EnumerateArray().Single(t => t.GetProperty("messageType").GetString() == type && t.GetProperty("channel").GetString() == channel);

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string path, object body, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }
}
