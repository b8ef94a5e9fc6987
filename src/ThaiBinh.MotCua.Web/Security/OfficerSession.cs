using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Application.Auth;
using ThaiBinh.MotCua.Application.Auth.CurrentOfficer;
using ThaiBinh.MotCua.Application.Common.Exceptions;

namespace ThaiBinh.MotCua.Web.Security;

/// <summary>
/// A cookie says who the officer was when they signed in, for up to a working day. On each request
/// for a page that needs a signed-in officer the account is read again: a deactivated account's
/// session ends there (the page asks to sign in), and changed roles, name or office replace the
/// cookie's, so the menu and the role pages follow what the admin set. Static files and anonymous
/// pages take the cookie as it is: they show nothing an account's state would change.
/// </summary>
internal static class OfficerSession
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var http = context.HttpContext;
        if (context.Principal is null || http.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>() is null)
        {
            return;
        }

        http.RequestServices.GetRequiredService<SignedInOfficer>().Become(context.Principal, http.Connection.RemoteIpAddress?.ToString());
        OfficerProfileDto profile;
        try
        {
            profile = await http.RequestServices.GetRequiredService<ISender>().Send(new GetCurrentOfficerQuery(), http.RequestAborted);
        }
        catch (NotSignedInException)
        {
            context.RejectPrincipal();
            await http.SignOutAsync(WebAuthentication.Scheme);
            return;
        }

        var fresh = OfficerClaims.IdentityOf(profile, WebAuthentication.Scheme);
        if (!ClaimsOf(fresh.Claims).SetEquals(ClaimsOf(context.Principal.Claims)))
        {
            context.ReplacePrincipal(new ClaimsPrincipal(fresh));
            context.ShouldRenew = true;
        }
    }

    private static HashSet<(string Type, string Value)> ClaimsOf(IEnumerable<Claim> claims) => [.. claims.Select(c => (c.Type, c.Value))];
}
