using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using ThaiBinh.MotCua.Application.Auth;

namespace ThaiBinh.MotCua.Web.Security;

/// <summary>
/// An interactive circuit outlives the request that opened it: the actor of its scope is taken from
/// the authentication state the circuit started with, not from an HTTP context it no longer has.
/// </summary>
internal sealed class OfficerCircuitHandler(AuthenticationStateProvider authentication, SignedInOfficer officer) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        officer.Become(state.User, ipAddress: null);
    }
}
