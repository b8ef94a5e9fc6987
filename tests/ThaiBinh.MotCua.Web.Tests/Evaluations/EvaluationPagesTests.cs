using System.Net.Http.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Evaluations;
using ThaiBinh.MotCua.Infrastructure.Persistence;
using ThaiBinh.MotCua.Web.Tests.Dossiers;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests.Evaluations;

/// <summary>The citizen rates on a phone through the link, and on the tablet the desk turns to them.</summary>
public sealed class EvaluationPagesTests(WebFixture web) : WebTest(web)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task The_link_opens_the_form_on_a_phone_and_the_answers_are_recorded_once()
    {
        var code = await ReturnedAsync();
        var phone = await Web.OpenPageAsync(360, 740);
        await phone.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [MotCuaApiFactory.ClientAddressHeader] = "203.0.113.71" });

        var link = $"/danh-gia/{await TokenAsync(code)}";
        await phone.GotoAsync(link);

        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = $"Hồ sơ {code}" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(phone);
        await AnswerAsync(phone, "abcabcabc", "Rất hài lòng");
        await PageLayout.AssertFitsTheWidthAsync(phone);
        await ScreenshotAsync(phone, "danh-gia");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();

        await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("Cảm ơn Ông/Bà đã đánh giá");
        var evaluation = await (await new DossierApi(Web).As("xa.giamsat")).GetFromJsonAsync<JsonElement>($"/api/dossiers/{code}/evaluation");
        Assert.Equal(("link", 9, "very-satisfied"), (evaluation.GetProperty("channel").GetString(), evaluation.GetProperty("points").GetInt32(), evaluation.GetProperty("overall").GetProperty("code").GetString()));

        await phone.GotoAsync(link);
        await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("đã được đánh giá");
        await Assertions.Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_desk_tablet_offers_the_dossier_its_officer_just_returned()
    {
        var code = await ReturnedAsync();
        var tablet = await SignedInAsync("xa.tiepnhan", 1024, 768);

        await tablet.GotoAsync("/danh-gia-tai-quay");

        await Assertions.Expect(tablet.GetByRole(AriaRole.Heading, new() { Name = $"Hồ sơ {code}" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(tablet);
        await AnswerAsync(tablet, "aaaaaaaaa", "Hài lòng");
        await ScreenshotAsync(tablet, "danh-gia-tai-quay");
        await tablet.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();

        await Assertions.Expect(tablet.GetByRole(AriaRole.Status)).ToContainTextAsync($"Cảm ơn Ông/Bà đã đánh giá hồ sơ {code}");
        await using var scope = Web.Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().DossierEvaluations.SingleAsync(e => e.DossierCode == code);
        Assert.Equal("aaaaaaaaa", stored.AnswerLetters);
        await tablet.GotoAsync("/danh-gia-tai-quay");
        await Assertions.Expect(tablet.GetByText("Không có hồ sơ nào vừa trả kết quả")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_supervisor_reads_the_quarters_results_per_office()
    {
        var code = await ReturnedAsync();
        var rated = await (await new DossierApi(Web).As("xa.tiepnhan")).PostAsJsonAsync(
            $"/api/dossiers/{code}/evaluation", new { answers = Enumerable.Range(1, 9).ToDictionary(n => $"{n}", _ => "a"), overall = "satisfied" });
        Assert.True(rated.IsSuccessStatusCode, await rated.Content.ReadAsStringAsync());
        var page = await SignedInAsync("huyen.giamsat");

        await page.GotoAsync("/giam-sat");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kết quả đánh giá của công dân" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kết quả đánh giá của công dân — Thành phố Thái Bình" })).ToBeVisibleAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Bộ phận Tiếp nhận và Trả kết quả phường Lê Hồng Phong" });
        await Assertions.Expect(row).ToContainTextAsync("Xuất sắc");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "giam-sat-danh-gia");
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        Assert.True(result.Violations.Length == 0, string.Join('\n', result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }

    /// <summary>Clicks answer <paramref name="letters"/>[i] of each chỉ số i + 1 (by its text), then the overall level.</summary>
    private static async Task AnswerAsync(IPage page, string letters, string overall)
    {
        for (var i = 0; i < letters.Length; i++)
        {
            var indicator = Domain.Evaluations.EvaluationForm.Indicators[i];
            var text = indicator.TextOf(Domain.Evaluations.EvaluationAnswers.Parse(letters[i].ToString())!.Value);
            await page.GetByRole(AriaRole.Group, new() { Name = indicator.Question }).GetByLabel(text, new() { Exact = true }).CheckAsync();
        }

        await page.GetByLabel(overall, new() { Exact = true }).CheckAsync();
    }

    private async Task<string> ReturnedAsync()
    {
        var api = new DossierApi(Web);
        var code = await api.ReceiveAsync("xa.tiepnhan", "1.001193");
        await api.DoAsync("xa.tiepnhan", code, "transfer");
        await api.DoAsync("xa.chuyenvien", code, "assess", new { decision = "approve" });
        await api.DoAsync("xa.lanhdao", code, "approve", new { decision = "approve" });
        await api.DoAsync("xa.tiepnhan", code, "return", new { receivedBy = "Nguyễn Văn Ấn" });
        return code;
    }

    private async Task<string> TokenAsync(string code)
    {
        await using var scope = Web.Factory.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
        return scope.ServiceProvider.GetRequiredService<IEvaluationLinks>().TokenOf(id);
    }
}
