using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace ThaiBinh.MotCua.Application.Common.Behaviours;

/// <summary>
/// Logs every message with its duration at Debug (the request's own line carries the whole duration
/// at Information), and failures with the message type at Information. The messages are generated
/// (<see cref="LoggerMessageAttribute"/>): with the level off, nothing is formatted or boxed.
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            Handled(logger, typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            Failed(logger, typeof(TMessage).Name, exception.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {MessageType} in {ElapsedMs:0.0} ms")]
    private static partial void Handled(ILogger logger, string messageType, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{MessageType} ended with {ExceptionType} after {ElapsedMs:0.0} ms")]
    private static partial void Failed(ILogger logger, string messageType, string exceptionType, double elapsedMs);
}
