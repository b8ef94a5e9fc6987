using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace ThaiBinh.MotCua.Application.Common.Behaviours;

/// <summary>Logs every message with its duration, and failures with the message type.</summary>
public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
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
            logger.LogInformation(
                "Handled {MessageType} in {ElapsedMs:0.0} ms",
                typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            logger.LogInformation(
                "{MessageType} ended with {ExceptionType} after {ElapsedMs:0.0} ms",
                typeof(TMessage).Name, exception.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
