using System.Net;
using Microsoft.Playwright;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests;

public sealed class ErrorPageTests(WebFixture web) : WebTest(web)
{
    [Fact]
    public async Task An_unknown_page_answers_404_with_a_page_in_vietnamese_and_the_api_keeps_its_problem_details()
    {
        var page = await Web.OpenPageAsync();
        var answer = await page.GotoAsync("/khong-co-trang-nay");

        Assert.Equal((int)HttpStatusCode.NotFound, answer!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Không tìm thấy trang" })).ToBeVisibleAsync();

        var api = await page.APIRequest.GetAsync("/api/khong-co");
        Assert.Equal((int)HttpStatusCode.NotFound, api.Status);
        Assert.StartsWith("application/problem+json", api.Headers["content-type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_download_refused_by_its_use_case_answers_the_apis_4xx_problem_never_a_500()
    {
        var page = await SignedInAsync("huyen.giamsat");
        var refused = await page.APIRequest.GetAsync("/giam-sat/qua-han.csv?cap=khong-co-cap-nay");

        // The host's problem handler answers a refusal wherever it is thrown, pages' downloads included.
        Assert.Equal((int)HttpStatusCode.BadRequest, refused.Status);
        Assert.StartsWith("application/problem+json", refused.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("\"level\"", await refused.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_form_post_without_the_anti_forgery_token_is_refused_and_signs_nobody_in()
    {
        var page = await Web.OpenPageAsync();
        var forged = await page.APIRequest.PostAsync("/dang-nhap", new()
        {
            Form = page.APIRequest.CreateFormData()
                .Set("_handler", "sign-in").Set("Input.Username", "xa.tiepnhan").Set("Input.Password", Api.Tests.Infrastructure.ApiFixture.DemoPassword),
            MaxRedirects = 0,
        });

        Assert.Equal((int)HttpStatusCode.BadRequest, forged.Status);
        var queue = await page.GotoAsync("/ho-so");
        Assert.Contains("/dang-nhap", page.Url, StringComparison.Ordinal);
        Assert.NotNull(queue);
    }
}
