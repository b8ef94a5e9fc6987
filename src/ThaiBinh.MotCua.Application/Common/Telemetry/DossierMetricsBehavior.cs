using Mediator;
using ThaiBinh.MotCua.Application.Dossiers.Act;
using ThaiBinh.MotCua.Application.Dossiers.Receive;

namespace ThaiBinh.MotCua.Application.Common.Telemetry;

/// <summary>
/// Counts receipts and moves after their handler returned, that is once they are committed: counted
/// inside the handler, a transaction tried again after a transient failure would count twice.
/// A replayed receipt (same Idempotency-Key) received nothing new.
/// </summary>
public sealed class DossierMetricsBehavior<TMessage, TResponse>(MotCuaMetrics metrics) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        switch (message, response)
        {
            case (ReceiveDossierCommand { IsRefusal: true }, ReceiveDossierResult { Replayed: false }):
                metrics.Moved("refuse-at-reception");
                break;
            case (ReceiveDossierCommand, ReceiveDossierResult { Replayed: false } receipt):
                metrics.Received(receipt.Dossier.ReceivingOffice.Code);
                break;
            case (ActOnDossierCommand move, _):
                metrics.Moved(move.Action);
                break;
        }

        return response;
    }
}
