using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ThaiBinh.MotCua.Web.Components.Public;

/// <summary>
/// What a citizen's browser shows when the lookup's rate limit refuses it: a page in Vietnamese that
/// says when to try again, not the API's problem details. Written by the limiter itself, before any
/// component could render, so it is plain HTML with the site's stylesheet.
/// </summary>
public static class TooManyLookupsPage
{
    /// <summary>A browser asked for the page, not a client for the API's JSON.</summary>
    public static bool Applies(HttpContext http) => !http.Request.Path.StartsWithSegments("/api");

    public static Task WriteAsync(HttpResponse response, TimeSpan wait)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>Quá nhiều lượt tra cứu</title>
                <link rel="stylesheet" href="/_content/ThaiBinh.MotCua.Web/app.css" />
            </head>
            <body>
                <header class="topbar"><span class="brand">Một cửa điện tử</span></header>
                <main id="noi-dung" class="page narrow">
                    <h1>Quá nhiều lượt tra cứu</h1>
                    <div class="alert warning" role="alert">Máy của anh/chị vừa tra cứu quá nhiều lần trong một phút. Vui lòng đợi khoảng {{seconds}} giây rồi thử lại.</div>
                    <p><a href="/tra-cuu">Về trang tra cứu</a></p>
                </main>
            </body>
            </html>
            """);
    }
}
