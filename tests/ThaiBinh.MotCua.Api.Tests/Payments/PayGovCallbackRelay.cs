using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests.Payments;

/// <summary>
/// A real HTTP listener on <see cref="TestSimulators.PayGovCallbackPort"/> that hands every request to
/// the in-process API host (which has no socket) and its answer back, so the payment simulator's
/// callbacks arrive over real HTTP as the platform's would. Started once per test run, on first use.
/// (The online dossiers' inbound relay does the same for the portal: one of the two can go when merged.)
/// </summary>
public static class PayGovCallbackRelay
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
            builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, api.Simulators.PayGovCallbackPort));
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

        using var response = await host.SendAsync(request, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
