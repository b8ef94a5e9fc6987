using System.Globalization;

namespace ThaiBinh.MotCua.Api.Errors;

internal static class RetryAfter
{
    /// <summary>Retry-After in whole seconds (RFC 9110 §10.2.3), rounded up so a client never comes back too early.</summary>
    public static void Set(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
