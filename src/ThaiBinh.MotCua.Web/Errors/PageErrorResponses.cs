using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Web.Errors;

/// <summary>
/// What a browser gets when a page address answers an error without a body (404, 403, 429…): a
/// short page in Vietnamese, not the API's problem details. Written directly rather than by re-running
/// the request on an error page: a failed form post re-run as a post would be refused. An exception
/// thrown by a page or a download is answered first by the host's registered problem handler (the
/// exception middleware asks it before its own delegate), so a refusal keeps its 4xx and its words;
/// the delegate here only writes the 500 page when that handler declines.
/// </summary>
public static class PageErrorResponses
{
    /// <summary>Paths that are not pages: the API, its documents, the dashboard, health, the frameworks' files.</summary>
    private static readonly string[] NotPages = ["/api", "/hangfire", "/health", "/openapi", "/scalar", "/_framework", "/_content", "/_blazor"];

    public static bool IsPage(PathString path) => !NotPages.Any(prefix => path.StartsWithSegments(prefix));

    /// <summary>Inside the API's exception handler and status pages, so the pages' answers come first.</summary>
    public static IApplicationBuilder UseMotCuaPageErrors(this IApplicationBuilder app) =>
        app.UseWhen(http => IsPage(http.Request.Path), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteFailureAsync });
            pages.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
        });

    private static Task WriteFailureAsync(HttpContext http) => WriteAsync(http, StatusCodes.Status500InternalServerError);

    private static Task WriteAsync(HttpContext http, int status)
    {
        var (title, text) = Explain(status, http.Response.Headers.RetryAfter.ToString());
        var trace = WebUtility.HtmlEncode(Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
        var brand = WebUtility.HtmlEncode(http.RequestServices.GetRequiredService<IRegimes>().Today(http.RequestServices.GetRequiredService<TimeProvider>()).Brand);
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}}</title><link rel="stylesheet" href="/_content/ThaiBinh.MotCua.Web/app.css"></head>
            <body><header class="topbar"><a class="brand" href="/">{{brand}}</a></header>
            <main class="page narrow"><h1>{{title}}</h1><p>{{text}}</p>
            <p class="hint">Mã truy vết: {{trace}}</p><p><a href="/">Về trang đầu</a></p></main></body></html>
            """);
    }

    // retryAfter: the seconds a rate limit asked the client to wait, when it said so.
    private static (string Title, string Text) Explain(int status, string retryAfter) => status switch
    {
        StatusCodes.Status404NotFound => ("Không tìm thấy trang", "Địa chỉ này không có trong hệ thống. Hãy kiểm tra lại đường dẫn."),
        StatusCodes.Status403Forbidden => ("Không có quyền truy cập", "Tài khoản của anh/chị không được giao chức năng này."),
        StatusCodes.Status429TooManyRequests => ("Quá nhiều yêu cầu", "Anh/chị đã tra cứu quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau "
            + (int.TryParse(retryAfter, out var seconds) ? $"khoảng {seconds} giây." : "ít phút.")),
        StatusCodes.Status400BadRequest => ("Yêu cầu không hợp lệ", "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang và thực hiện lại."),
        StatusCodes.Status503ServiceUnavailable => ("Hệ thống tạm thời gián đoạn", "Vui lòng thử lại sau ít phút."),
        _ => ("Đã xảy ra lỗi", "Hệ thống gặp lỗi ngoài dự kiến. Vui lòng thử lại; nếu lỗi lặp lại, báo quản trị viên kèm mã truy vết dưới đây."),
    };
}
