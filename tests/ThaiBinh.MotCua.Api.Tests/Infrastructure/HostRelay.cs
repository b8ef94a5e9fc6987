using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// Real HTTP listeners on <see cref="TestSimulators.InboundPort"/> and
/// <see cref="TestSimulators.PayGovCallbackPort"/> that pass every request to the in-process API host
/// (which has no socket of its own) and its answer back: the portal simulator hands online dossiers in
/// and the payment simulator sends its callbacks over real HTTP, as the outside systems would.
/// Started once per test run, on first use.
/// </summary>
public static class HostRelay
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static WebApplication? _relay;

    public static async Task EnsureStartedAsync(ApiFixture api)
    {
        await Gate.WaitAsync();
        try
        {
            if (_relay is not null)
            {
                return;
            }

            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel(kestrel =>
            {
                kestrel.Listen(IPAddress.Loopback, api.Simulators.InboundPort);
                kestrel.Listen(IPAddress.Loopback, api.Simulators.PayGovCallbackPort);
            });
            var app = builder.Build();
            var host = new HttpClient(api.Factory.Server.CreateHandler()) { BaseAddress = api.Factory.Server.BaseAddress };
            app.Run(context => ForwardAsync(context, host));
            await app.StartAsync();
            _relay = app;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task ForwardAsync(HttpContext context, HttpClient host)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path + context.Request.QueryString)
        {
            Content = new StreamContent(context.Request.Body),
        };
        foreach (var (name, values) in context.Request.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var response = await host.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!string.Equals(name, "Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
