using System.Net;
using System.Net.Http.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// Password guessing is held back before the hash: per username (5 failures, then one per 2 minutes)
/// and per address (20 failures, then one per 30 s). Each test uses usernames and addresses of its own.
/// </summary>
public sealed class SignInThrottleTests(ApiFixture api) : ApiTest
{
    private const int UsernameFailures = 5;
    private const int AddressFailures = 20;

    [Fact]
    public async Task After_five_wrong_passwords_the_username_gets_429_with_retry_after_even_for_the_right_password()
    {
        var username = await TestOfficers.AddAsync(api, "throttle.one", Role.Reception);
        using var client = ClientFrom("203.0.113.21");

        for (var i = 0; i < UsernameFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, username, "sai-mat-khau")).StatusCode);
        }

        // The right password is refused too: it is never compared, so no hash is spent on it either.
        var held = await SignInAsync(client, username, ApiFixture.DemoPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        Assert.True(held.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        var problem = await Problem.ReadAsync(held);
        Assert.Equal("sign_in_throttled", problem.Code);
        Assert.Equal("Quá nhiều yêu cầu, vui lòng thử lại sau", problem.Title);
        Assert.StartsWith("Tên đăng nhập này đã bị nhập sai mật khẩu quá nhiều lần.", problem.Detail);
    }

    [Fact]
    public async Task The_username_is_held_back_from_every_address_and_another_username_still_signs_in()
    {
        var attacked = await TestOfficers.AddAsync(api, "throttle.two", Role.Reception);
        var colleague = await TestOfficers.AddAsync(api, "throttle.three", Role.Reception);
        for (var i = 0; i < UsernameFailures; i++)
        {
            using var guesser = ClientFrom($"203.0.113.{30 + i}");
            await SignInAsync(guesser, attacked, "sai-mat-khau");
        }

        using var office = ClientFrom("203.0.113.22");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(office, attacked, ApiFixture.DemoPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(office, colleague, ApiFixture.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task An_address_guessing_across_usernames_is_held_back_at_its_own_limit()
    {
        var officer = await TestOfficers.AddAsync(api, "throttle.four", Role.Reception);
        using var sprayer = ClientFrom("203.0.113.23");
        using var elsewhere = ClientFrom("203.0.113.24");

        for (var i = 0; i < AddressFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(sprayer, $"khong.co.{i}", "sai-mat-khau")).StatusCode);
        }

        var held = await SignInAsync(sprayer, officer, ApiFixture.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        Assert.NotNull(held.Headers.RetryAfter?.Delta);
        Assert.StartsWith("Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này.", (await Problem.ReadAsync(held)).Detail);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(elsewhere, officer, ApiFixture.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task Successful_sign_ins_do_not_count()
    {
        var officer = await TestOfficers.AddAsync(api, "throttle.five", Role.Reception);
        using var client = ClientFrom("203.0.113.25");

        for (var i = 0; i < UsernameFailures + 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, officer, ApiFixture.DemoPassword)).StatusCode);
        }
    }

    [Fact]
    public async Task Guesses_sent_all_at_once_get_no_more_tries_than_guesses_sent_one_by_one()
    {
        var username = await TestOfficers.AddAsync(api, "throttle.six", Role.Reception);
        var clients = Enumerable.Range(0, 20).Select(i => ClientFrom($"203.0.113.{40 + i}")).ToList();

        var answers = await Task.WhenAll(clients.Select(client => SignInAsync(client, username, "sai-mat-khau")));

        Assert.InRange(answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized), 1, UsernameFailures);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests }));
        clients.ForEach(client => client.Dispose());
    }

    private HttpClient ClientFrom(string address)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add(MotCuaApiFactory.ClientAddressHeader, address);
        return client;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string username, string password) =>
        client.PostAsJsonAsync("/api/auth/token", new { username, password });
}
