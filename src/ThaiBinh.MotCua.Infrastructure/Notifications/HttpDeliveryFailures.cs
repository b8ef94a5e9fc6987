using System.Net;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Infrastructure.Notifications;

/// <summary>
/// What an outside system's HTTP answer means for a delivery, in one place for every HTTP adapter:
/// no answer (refused connection, timeout, open breaker), 5xx, 408, 429 and a refused credential are
/// worth trying again later; any other 4xx refuses this content or recipient, so it never will pass.
/// </summary>
internal static class HttpDeliveryFailures
{
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient http, HttpRequestMessage request, string system, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested
            && e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or OperationCanceledException)
        {
            throw new DeliveryFailedException($"{system}: không kết nối được ({e.GetType().Name}: {e.Message})", permanent: false, e);
        }
    }

    /// <summary>Returns when the system took the request; otherwise throws the failure its status means.</summary>
    public static async Task EnsureAcceptedAsync(HttpResponseMessage response, string system, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var status = (int)response.StatusCode;
        throw new DeliveryFailedException(
            $"{system} trả lời {status}: {(body.Length > 500 ? body[..500] : body)}", IsPermanent(response.StatusCode));
    }

    private static bool IsPermanent(HttpStatusCode status) =>
        (int)status is >= 400 and < 500
        && status is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
            // A refused credential is the settings' fault: once they are fixed the same message passes.
            or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
}
