using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests.Evaluations;

/// <summary>
/// The citizen rates the service once per dossier after the return: through the link of the returned
/// notice, or on the desk's tablet; everything else is refused in Vietnamese and writes nothing.
/// </summary>
public sealed class EvaluationTests(ApiFixture api) : ApiTest
{
    private readonly EvaluationDesk _desk = new(api);

    [Fact]
    public async Task The_returned_notice_carries_a_link_that_opens_the_form_and_rates_the_dossier_once()
    {
        var code = await _desk.ReturnedAsync();
        var email = await _desk.ReturnedNoticeAsync(code);
        var sms = await _desk.ReturnedNoticeAsync(code, "sms");
        var token = await _desk.TokenFromNoticeAsync(code);

        Assert.Contains($"Mời Ông/Bà đánh giá mức độ hài lòng về việc giải quyết hồ sơ tại: http://localhost/danh-gia/{token}", email.Body);
        Assert.EndsWith($"Moi danh gia muc do hai long tai http://localhost/danh-gia/{token}", sms.Body);
        using var client = api.CreateClient();
        var invitation = await client.GetFromJsonAsync<JsonElement>($"/api/public/evaluations/{token}");
        Assert.Equal(code, invitation.GetProperty("dossierCode").GetString());
        Assert.Equal("open", invitation.GetProperty("state").GetString());
        Assert.Equal(9, invitation.GetProperty("form").GetProperty("indicators").GetArrayLength());
        Assert.DoesNotContain("Nguyễn Văn Ấn", invitation.GetRawText()); // nothing about the applicant

        var rated = await _desk.RateThroughLinkAsync(token, EvaluationDesk.Body("abcabcabc", "very-satisfied", "Cán bộ hướng dẫn tận tình"));

        Assert.Equal(HttpStatusCode.Created, rated.StatusCode);
        var evaluation = await rated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("link", evaluation.GetProperty("channel").GetString());
        Assert.Equal(9, evaluation.GetProperty("points").GetInt32());
        Assert.Equal("Rất hài lòng", evaluation.GetProperty("overall").GetProperty("label").GetString());
        Assert.Equal("c", evaluation.GetProperty("answers").GetProperty("9").GetString());
        Assert.Equal("evaluated", (await client.GetFromJsonAsync<JsonElement>($"/api/public/evaluations/{token}")).GetProperty("state").GetString());

        var again = await _desk.RateThroughLinkAsync(token, EvaluationDesk.Body("aaaaaaaaa"));
        var atDesk = await _desk.RateAtDeskAsync(EvaluationDesk.CommuneDesk, code, EvaluationDesk.Body("aaaaaaaaa"));

        foreach (var refused in new[] { again, atDesk })
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            var problem = await Problem.ReadAsync(refused);
            Assert.Equal("evaluation.once", problem.Code);
            Assert.Contains("chỉ được đánh giá một lần", problem.Detail);
        }

        Assert.Equal(1, await _desk.CountAsync(code));
    }

    [Fact]
    public async Task The_desk_tablet_rates_the_dossier_its_officer_just_returned()
    {
        var code = await _desk.ReturnedAsync();

        var rated = await _desk.RateAtDeskAsync(EvaluationDesk.CommuneDesk, code, EvaluationDesk.Body("aaaaaaaaa", "satisfied"));

        Assert.Equal(HttpStatusCode.Created, rated.StatusCode);
        var evaluation = await rated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("desk", 18), (evaluation.GetProperty("channel").GetString(), evaluation.GetProperty("points").GetInt32()));
        var read = await (await _desk.Workflow.As("xa.giamsat")).GetFromJsonAsync<JsonElement>($"/api/dossiers/{code}/evaluation");
        Assert.Equal("aaaaaaaaa", string.Concat(Enumerable.Range(1, 9).Select(n => read.GetProperty("answers").GetProperty($"{n}").GetString())));
    }

    [Fact]
    public async Task Another_desk_does_not_see_the_dossier_and_a_specialist_may_not_hold_the_tablet()
    {
        var code = await _desk.ReturnedAsync();

        var otherDesk = await _desk.RateAtDeskAsync(EvaluationDesk.DistrictDesk, code, EvaluationDesk.Body("aaaaaaaaa"));
        var specialist = await _desk.RateAtDeskAsync("xa.chuyenvien", code, EvaluationDesk.Body("aaaaaaaaa"));
        var deskReadsAnswers = await (await _desk.Workflow.As(EvaluationDesk.CommuneDesk)).GetAsync($"/api/dossiers/{code}/evaluation");

        Assert.Equal(HttpStatusCode.NotFound, otherDesk.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, specialist.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, deskReadsAnswers.StatusCode);
        Assert.Equal(0, await _desk.CountAsync(code));
    }

    [Fact]
    public async Task A_dossier_whose_result_is_not_returned_cannot_be_rated()
    {
        var code = await _desk.InProgressAsync();
        var token = await _desk.TokenOfAsync(code);

        var throughLink = await _desk.RateThroughLinkAsync(token, EvaluationDesk.Body("aaaaaaaaa"));
        var atDesk = await _desk.RateAtDeskAsync(EvaluationDesk.CommuneDesk, code, EvaluationDesk.Body("aaaaaaaaa"));
        using var client = api.CreateClient();
        var invitation = await client.GetFromJsonAsync<JsonElement>($"/api/public/evaluations/{token}");

        foreach (var refused in new[] { throughLink, atDesk })
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            var problem = await Problem.ReadAsync(refused);
            Assert.Equal("evaluation.not-returned", problem.Code);
            Assert.Contains("chưa trả kết quả", problem.Detail);
        }

        Assert.Equal("not-returned", invitation.GetProperty("state").GetString());
        Assert.Equal(0, await _desk.CountAsync(code));
    }

    [Fact]
    public async Task Two_attempts_at_once_leave_one_evaluation_and_tell_the_other_it_was_already_given()
    {
        var code = await _desk.ReturnedAsync();
        var token = await _desk.TokenFromNoticeAsync(code);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => i % 2 == 0
            ? _desk.RateThroughLinkAsync(token, EvaluationDesk.Body("bbbbbbbbb"), $"198.19.1.{i + 1}")
            : _desk.RateAtDeskAsync(EvaluationDesk.CommuneDesk, code, EvaluationDesk.Body("aaaaaaaaa"))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(1, await _desk.CountAsync(code));
    }

    [Fact]
    public async Task Bad_answers_are_refused_field_by_field_in_vietnamese()
    {
        var code = await _desk.ReturnedAsync();
        var token = await _desk.TokenFromNoticeAsync(code);
        var answers = Enumerable.Range(1, 9).ToDictionary(n => $"{n}", n => n == 2 ? "d" : "a");
        answers.Remove("5");
        answers["10"] = "a";

        var response = await _desk.RateThroughLinkAsync(token, new { answers, overall = "happy", comment = new string('x', 1001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problem.ReadAsync(response);
        Assert.Contains("a, b hoặc c", Assert.Single(problem.Errors!["answers.2"]));
        Assert.Contains("chỉ số 5", Assert.Single(problem.Errors["answers.5"]));
        Assert.Contains("từ 1 đến 9", Assert.Single(problem.Errors["answers"]));
        Assert.Contains("rất hài lòng", Assert.Single(problem.Errors["overall"]));
        Assert.Contains("1000 ký tự", Assert.Single(problem.Errors["comment"]));
        var none = await _desk.RateThroughLinkAsync(token, new { overall = "satisfied" });
        Assert.True((await Problem.ReadAsync(none)).Errors!.ContainsKey("answers"));
        Assert.Equal(0, await _desk.CountAsync(code));
    }

    [Fact]
    public async Task A_token_this_system_did_not_make_is_not_found()
    {
        var code = await _desk.ReturnedAsync();
        var token = await _desk.TokenFromNoticeAsync(code);
        var forged = token[..^2] + (token[^2] == 'A' ? "BA" : "AA");
        using var client = api.CreateClient();

        foreach (var unknown in new[] { forged, "khong-phai-ma-danh-gia", new string('A', 38) })
        {
            var read = await client.GetAsync($"/api/public/evaluations/{unknown}");
            var rate = await _desk.RateThroughLinkAsync(unknown, EvaluationDesk.Body("aaaaaaaaa"));

            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, rate.StatusCode);
            Assert.Contains("Đường dẫn đánh giá không đúng", (await Problem.ReadAsync(rate)).Detail);
        }

        Assert.Equal(0, await _desk.CountAsync(code));
    }
}
