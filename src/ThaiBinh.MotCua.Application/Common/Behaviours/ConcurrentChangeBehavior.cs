using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Exceptions;

namespace ThaiBinh.MotCua.Application.Common.Behaviours;

/// <summary>
/// A lost race on a row version leaves a use case as <see cref="ConcurrentChangeException"/>, so the
/// API and the pages answer it from the Application's own vocabulary, not from EF's.
/// </summary>
public sealed class ConcurrentChangeBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConcurrentChangeException(exception);
        }
    }
}
