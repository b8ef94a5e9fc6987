using System.Diagnostics;

namespace ThaiBinh.MotCua.Api.Logging;

/// <summary>
/// One structured log line per request: method, path, status, duration and who asked. Generated
/// (<see cref="LoggerMessageAttribute"/>) and asked first whether the level is on, so a host that
/// turns it off pays nothing, not even for the caller's address as text.
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
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
            var level = status >= StatusCodes.Status500InternalServerError ? LogLevel.Error : LogLevel.Information;
            if (logger.IsEnabled(level))
            {
                Responded(
                    logger,
                    level,
                    context.Request.Method,
                    context.Request.Path.Value,
                    status,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    context.User.Identity?.Name ?? "anonymous",
                    context.Connection.RemoteIpAddress?.ToString());
            }
        }
    }

    [LoggerMessage(Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms for {User} from {RemoteIp}")]
    private static partial void Responded(
        ILogger logger, LogLevel level, string method, string? path, int statusCode, double elapsedMs, string user, string? remoteIp);
}
