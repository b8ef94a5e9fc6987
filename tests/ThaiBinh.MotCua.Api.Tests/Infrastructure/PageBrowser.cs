using System.Net;
using System.Text.RegularExpressions;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// The pages seen without a browser: a client that keeps cookies by hand (so one server's cookie can
/// be shown to another), follows no redirect, and posts forms with the anti-forgery token they carry.
/// </summary>
public sealed partial class PageBrowser : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    private readonly Dictionary<string, string> _cookies = [];

    public async Task<HttpResponseMessage> GetAsync(Uri server, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server, path));
        return await SendAsync(request);
    }

    /// <summary>Posts the form named <paramref name="handler"/> of the page at <paramref name="page"/> with its token and <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(Uri server, string page, string handler, string token, IDictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields) { ["_handler"] = handler, ["__RequestVerificationToken"] = token };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, page)) { Content = new FormUrlEncodedContent(form) };
        return await SendAsync(request);
    }

    /// <summary>The anti-forgery token of the page at <paramref name="path"/> on <paramref name="server"/>.</summary>
    public async Task<string> TokenOfAsync(Uri server, string path)
    {
        using var page = await GetAsync(server, path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var match = AntiforgeryField().Match(await page.Content.ReadAsStringAsync());
        Assert.True(match.Success, $"{path} carries no anti-forgery field");
        return match.Groups[1].Value;
    }

    /// <summary>Signs in on <paramref name="server"/>'s sign-in form as <paramref name="username"/>.</summary>
    public async Task SignInAsync(Uri server, string username)
    {
        var token = await TokenOfAsync(server, "/dang-nhap");
        using var signedIn = await PostFormAsync(server, "/dang-nhap", "sign-in", token, new Dictionary<string, string>
        {
            ["Input.Username"] = username,
            ["Input.Password"] = ApiFixture.DemoPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await _http.SendAsync(request);
        foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [])
        {
            var pair = cookie.Split(';')[0].Split('=', 2);
            _cookies[pair[0]] = pair[1];
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
