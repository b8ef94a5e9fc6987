using System.Globalization;
using System.Net;
using System.Text;

namespace ThaiBinh.MotCua.Simulators.Home;

/// <summary>
/// <c>/</c>: one section per simulator with what it received lately, so a developer running
/// deploy/run.sh sees the system's messages arrive (reload the page).
/// </summary>
public static class HomePage
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static void MapSimulatorHome(this IEndpointRouteBuilder app) =>
        app.MapGet("/", (IEnumerable<ISimulatorSection> sections) =>
            Results.Content(Render(sections), "text/html; charset=utf-8"));

    private static string Render(IEnumerable<ISimulatorSection> sections)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Hệ thống giả lập – ThaiBinh.MotCua</title>")
            .Append("<style>body{font-family:sans-serif;margin:2rem;max-width:70rem}li{margin:.2rem 0}time{color:#555;margin-right:.5rem}</style>")
            .Append("</head><body><h1>Hệ thống giả lập bên ngoài</h1>")
            .Append("<p>Những gì hệ thống một cửa đã gửi ra ngoài gần đây (tải lại trang để xem tin mới).</p>");
        foreach (var section in sections)
        {
            html.Append("<section><h2>").Append(WebUtility.HtmlEncode(section.Title)).Append("</h2><p>")
                .Append(WebUtility.HtmlEncode(section.Description)).Append("</p>");
            var entries = section.Latest(20);
            if (entries.Count == 0)
            {
                html.Append("<p><em>Chưa nhận được gì.</em></p>");
            }
            else
            {
                html.Append("<ul>");
                foreach (var entry in entries)
                {
                    var at = TimeZoneInfo.ConvertTime(entry.At, Vietnam).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
                    html.Append("<li><time>").Append(at).Append("</time>").Append(WebUtility.HtmlEncode(entry.Summary)).Append("</li>");
                }

                html.Append("</ul>");
            }

            html.Append("</section>");
        }

        return html.Append("</body></html>").ToString();
    }
}
