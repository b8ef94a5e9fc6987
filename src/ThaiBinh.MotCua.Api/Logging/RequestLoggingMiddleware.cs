using System.Diagnostics;

namespace ThaiBinh.MotCua.Api.Logging;

/// <summary>One structured log line per request: method, path, status, duration and who asked.</summary>
internal sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var status = context.Response.StatusCode;
            logger.Log(
                status >= StatusCodes.Status500InternalServerError ? LogLevel.Error : LogLevel.Information,
                "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms for {User} from {RemoteIp}",
                context.Request.Method,
                context.Request.Path.Value,
                status,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                context.User.Identity?.Name ?? "anonymous",
                context.Connection.RemoteIpAddress?.ToString());
        }
    }
}
