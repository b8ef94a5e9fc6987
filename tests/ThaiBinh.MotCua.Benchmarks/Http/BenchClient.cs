using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>One HTTP request the driver sends: who sends it (a bearer token, or a page session's cookie), what and where.</summary>
public sealed record BenchRequest(HttpMethod Method, string Path, string? Token, string? JsonBody = null, string? Cookie = null);

/// <summary>
/// The driver's HTTP side: one pooled client to the API on loopback, sign-in of the officers it
/// acts as, and a timed send that never throws for an answer (only a timeout or a broken
/// connection is reported as "no answer").
/// </summary>
public sealed partial class BenchClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly TimeSpan _timeout;

    /// <summary><paramref name="timeout"/> bounds the measured requests; sign-in and set-up wait up to a minute (a busy machine hashes slowly).</summary>
    public BenchClient(Uri baseAddress, TimeSpan timeout)
    {
        // Cookies are set per request (a page session's), never kept by the client.
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false };
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(1) };
        _timeout = timeout;
    }

    public void Dispose() => _http.Dispose();

    public async Task<string> SignInAsync(string username, string password)
    {
        using var response = await _http.PostAsJsonAsync("/api/auth/token", new { username, password });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>
    /// Signs in on the pages' form as a browser does (the form's anti-forgery token and cookie, then the
    /// post); answers the session cookie to send with page requests.
    /// </summary>
    public async Task<string> SignInToPagesAsync(string username, string password)
    {
        using var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = _http.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
        using var form = await browser.GetAsync("/dang-nhap");
        form.EnsureSuccessStatusCode();
        var html = await form.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("the sign-in page has no anti-forgery field");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "sign-in",
                ["__RequestVerificationToken"] = token,
                ["Input.Username"] = username,
                ["Input.Password"] = password,
            }),
        };
        post.Headers.Add("Cookie", CookiePairs(form));
        using var signedIn = await browser.SendAsync(post);
        var session = CookiePairs(signedIn);
        return (int)signedIn.StatusCode is >= 300 and < 400 && session.Length > 0
            ? session
            : throw new InvalidOperationException($"signing {username} in on the pages answered {(int)signedIn.StatusCode}");
    }

    public async Task<JsonDocument> GetJsonAsync(string path, string? token)
    {
        using var request = Message(new BenchRequest(HttpMethod.Get, path, token));
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Sends and reads the whole body; the status code, or null when no answer came in time.</summary>
    public async Task<(int? Status, string Body, double Millis)> SendAsync(BenchRequest request, long startedAt)
    {
        using var message = Message(request);
        using var timeout = new CancellationTokenSource(_timeout);
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return ((int)response.StatusCode, body, Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds);
        }
        catch (Exception e) when (e is TaskCanceledException or HttpRequestException)
        {
            return (null, string.Empty, Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds);
        }
    }

    private static HttpRequestMessage Message(BenchRequest request)
    {
        var message = new HttpRequestMessage(request.Method, request.Path);
        if (request.Token is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", request.Token);
        }

        if (request.Cookie is not null)
        {
            message.Headers.Add("Cookie", request.Cookie);
        }

        if (request.JsonBody is not null)
        {
            message.Content = new StringContent(request.JsonBody, Encoding.UTF8, "application/json");
        }

        return message;
    }

    /// <summary>The name=value pairs of an answer's Set-Cookie headers, as a Cookie header sends them back.</summary>
    private static string CookiePairs(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Select(c => c.Split(';')[0]) : []);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
