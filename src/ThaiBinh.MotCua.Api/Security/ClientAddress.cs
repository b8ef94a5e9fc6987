using System.Net;
using System.Net.Sockets;

namespace ThaiBinh.MotCua.Api.Security;

/// <summary>
/// Who a rate limit counts as one client: the peer address, or the address a configured reverse proxy
/// forwarded (see <see cref="ReverseProxySetup"/>). IPv6 clients are counted by their /64 network,
/// since one home or office line is handed a whole /64 and could otherwise change address at will.
/// </summary>
internal static class ClientAddress
{
    /// <summary>The bucket of requests that come with no address at all (in-process test hosts).</summary>
    private const string Unknown = "unknown";

    public static string PartitionKey(HttpContext? http)
    {
        var address = http?.Connection.RemoteIpAddress;
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
