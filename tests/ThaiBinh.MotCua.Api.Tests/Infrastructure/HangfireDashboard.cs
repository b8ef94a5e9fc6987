using System.Text.RegularExpressions;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// What the dashboard's own script does for "Trigger now": read the anti-forgery token the page
/// carries (Hangfire uses ASP.NET Core's antiforgery once the host registers it) and send it back in
/// the header the page names, with the cookie the page set.
/// </summary>
public static partial class HangfireDashboard
{
    /// <summary>Triggers <paramref name="jobId"/> with the token of <paramref name="page"/> (read now when not given).</summary>
    public static async Task<HttpResponseMessage> TriggerAsync(HttpClient browser, string jobId, string? page = null)
    {
        page ??= await browser.GetStringAsync("/hangfire/recurring");
        var header = Meta(page, "csrf-header");
        var token = Meta(page, "csrf-token");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger")
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("jobs[]", jobId)]),
        };
        request.Headers.Add(header, token);
        return await browser.SendAsync(request);
    }

    private static string Meta(string page, string name)
    {
        var match = MetaTag().Matches(page).FirstOrDefault(m => m.Groups["name"].Value == name);
        return match?.Groups["content"].Value ?? throw new InvalidOperationException($"the dashboard page has no <meta name=\"{name}\">");
    }

    [GeneratedRegex("<meta name=\"(?<name>[^\"]+)\" content=\"(?<content>[^\"]*)\">")]
    private static partial Regex MetaTag();
}
