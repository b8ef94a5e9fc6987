using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ThaiBinh.MotCua.Api.Security;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies named in
/// <c>ReverseProxy:KnownProxies</c> (addresses) and <c>ReverseProxy:KnownNetworks</c> (CIDR ranges).
/// With none named nothing is believed: anyone could otherwise pick their own rate-limit bucket, or
/// claim HTTPS, with one header. (As in ASP.NET Core, a peer with no address at all, a proxy on a
/// Unix socket, is believed once proxies are configured: only local processes can reach such a socket.)
/// </summary>
internal static class ReverseProxySetup
{
    public const string Section = "ReverseProxy";

    public static IServiceCollection AddMotCuaForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = Parse(section, "KnownProxies", IPAddress.Parse);
        var networks = Parse(section, "KnownNetworks", System.Net.IPNetwork.Parse);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = proxies.Count + networks.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // ASP.NET Core trusts loopback by default, and an empty list trusts everyone: both replaced.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(proxy => options.KnownProxies.Add(proxy));
            networks.ForEach(network => options.KnownIPNetworks.Add(network));
        });
        return services;
    }

    private static List<T> Parse<T>(IConfigurationSection section, string key, Func<string, T> parse) =>
        [.. (section.GetSection(key).Get<string[]>() ?? []).Select(value =>
        {
            try
            {
                return parse(value.Trim());
            }
            catch (FormatException exception)
            {
                throw new InvalidOperationException($"{Section}:{key}: \"{value}\" is not a valid address or network.", exception);
            }
        })];
}
