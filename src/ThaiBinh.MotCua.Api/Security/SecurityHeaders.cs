namespace ThaiBinh.MotCua.Api.Security;

/// <summary>
/// Headers every answer carries, error pages included (set when the response starts, after the
/// exception handler has cleared the failed one). The CSP is only <c>frame-ancestors</c>: the Scalar
/// and Hangfire pages run inline scripts and styles, and what this API has to fear from browsers is
/// being framed, not script injection into JSON.
/// </summary>
internal static class SecurityHeaders
{
    private static readonly KeyValuePair<string, string>[] Always =
    [
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "no-referrer"),
        new("Content-Security-Policy", "frame-ancestors 'none'"),
        new("X-Frame-Options", "DENY"),
    ];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                foreach (var (name, value) in Always)
                {
                    http.Response.Headers.TryAdd(name, value);
                }

                return Task.CompletedTask;
            });
            return next(http);
        });
}
