using Mediator;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Application.Auth;

namespace ThaiBinh.MotCua.Web.Security;

/// <summary>
/// Sends a query from an interactive component in a scope of its own, as the circuit's officer: a
/// circuit lives for hours, and one database context for all that time would serve stale rows.
/// </summary>
public sealed class CircuitSender(IServiceScopeFactory scopes, SignedInOfficer officer)
{
    public async Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SignedInOfficer>().Become(officer);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, cancellationToken);
    }
}
