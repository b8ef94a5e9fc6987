using ThaiBinh.MotCua.Application.Auth;

namespace ThaiBinh.MotCua.Api.Security;

internal static class SignedInOfficerMiddleware
{
    /// <summary>
    /// Hands the request's authenticated user (bearer token or cookie) to the use cases as their
    /// actor; after authentication, before anything that sends a use case.
    /// </summary>
    public static IApplicationBuilder UseSignedInOfficer(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            http.RequestServices.GetRequiredService<SignedInOfficer>()
                .Become(http.User, http.Connection.RemoteIpAddress?.ToString());
            return next(http);
        });
}
