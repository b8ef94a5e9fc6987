using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace ThaiBinh.MotCua.Web.Security;

/// <summary>
/// The pages' cookie: the same officer accounts as the API's bearer tokens, a working day of life
/// renewed while the officer works, and the way back to the page an expired session was on.
/// </summary>
public static class WebAuthentication
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public const string SignInPath = "/dang-nhap";

    public const string SignOutPath = "/dang-xuat";

    public const string AccessDeniedPath = "/khong-co-quyen";

    /// <summary>How long a cookie lives without a request; each request in its second half renews it.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "motcua.phien";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = SessionLifetime;
        options.SlidingExpiration = true;
        options.LoginPath = SignInPath;
        options.LogoutPath = SignOutPath;
        options.AccessDeniedPath = AccessDeniedPath;
        options.ReturnUrlParameter = "quay-lai";
        options.Events.OnValidatePrincipal = OfficerSession.ValidateAsync;
    }

    /// <summary>
    /// Where to go after signing in: only a path of this site (an attacker's link must not send a
    /// freshly signed-in officer elsewhere).
    /// </summary>
    public static string LocalReturnPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal) && !url.Any(char.IsControl)
            ? url
            : "/";
}
