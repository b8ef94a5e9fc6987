using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// A TCP relay on 127.0.0.1 between the API and PostgreSQL, so a test can take the database away
/// (<see cref="Cut"/>: the port refuses connections and every live one is reset) and bring it back on
/// the same port (<see cref="Restore"/>). It stops by itself after <see cref="Lifetime"/> at the latest.
/// </summary>
public sealed class TcpForwarder : IAsyncDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly IPEndPoint _target;
    private readonly CancellationTokenSource _stop = new(Lifetime);
    private readonly ConcurrentDictionary<Socket, byte> _live = new();
    private readonly object _gate = new();
    private TcpListener? _listener;

    public TcpForwarder(string targetHost, int targetPort)
    {
        _target = new IPEndPoint(Dns.GetHostAddresses(targetHost).First(a => a.AddressFamily == AddressFamily.InterNetwork), targetPort);
        Port = Listen(0);
    }

    public int Port { get; }

    /// <summary>The database is away: new connections are refused, open ones are reset.</summary>
    public void Cut()
    {
        lock (_gate)
        {
            _listener?.Stop();
            _listener = null;
        }

        foreach (var socket in _live.Keys)
        {
            Reset(socket);
        }
    }

    /// <summary>The database is back, on the same port.</summary>
    public void Restore() => Listen(Port);

    public ValueTask DisposeAsync()
    {
        _stop.Cancel();
        Cut();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }

    private int Listen(int port)
    {
        lock (_gate)
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            _listener = listener;
            _ = AcceptAsync(listener);
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return; // cut or stopped
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        using var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _live[client] = 0;
        _live[server] = 0;
        try
        {
            await server.ConnectAsync(_target, _stop.Token);
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // the relay ends with either side
        }
        finally
        {
            _live.TryRemove(client, out _);
            _live.TryRemove(server, out _);
            Reset(client);
            Reset(server);
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // the other side went away or the relay was cut
        }
    }

    /// <summary>Closes at once with a reset, as a crashed server or a cut cable would.</summary>
    private static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (ObjectDisposedException)
        {
            // already closed
        }
    }
}
