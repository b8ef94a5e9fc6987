using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>Totals of a <see cref="CountingRelay"/> at one moment; subtract two to get what happened between them.</summary>
public readonly record struct RelayCounts(
    long Connections, long RoundTrips, long Statements, long Prepares, long PreparedExecutions, long ClientBytes, long ServerBytes)
{
    public static RelayCounts operator -(RelayCounts after, RelayCounts before) => new(
        after.Connections - before.Connections, after.RoundTrips - before.RoundTrips, after.Statements - before.Statements,
        after.Prepares - before.Prepares, after.PreparedExecutions - before.PreparedExecutions,
        after.ClientBytes - before.ClientBytes, after.ServerBytes - before.ServerBytes);
}

/// <summary>
/// A TCP relay on 127.0.0.1 in front of PostgreSQL that counts round trips: on each connection, a
/// round trip begins whenever the client sends after the server last spoke (or for the first time);
/// the client's bytes that follow before the server answers belong to the same trip, however many
/// reads they take, and so do the several messages of one pipelined batch. It also counts the
/// client's statements (<see cref="FrontendMessageCounter"/>) and the bytes each way. The state of a
/// connection is updated before its data is passed on, so a reply cannot overtake its own count.
/// </summary>
public sealed class CountingRelay : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Connection, byte> _connections = new();
    private readonly Task _accepting;
    private long _opened;
    private long _closedRoundTrips;
    private long _closedClientBytes;
    private long _closedServerBytes;
    private long _closedStatements;
    private long _closedPrepares;
    private long _closedPreparedExecutions;

    public CountingRelay(string targetHost, int targetPort)
    {
        _target = new IPEndPoint(Dns.GetHostAddresses(targetHost).First(a => a.AddressFamily == AddressFamily.InterNetwork), targetPort);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    public RelayCounts Snapshot()
    {
        long roundTrips = Interlocked.Read(ref _closedRoundTrips), client = Interlocked.Read(ref _closedClientBytes),
            server = Interlocked.Read(ref _closedServerBytes), statements = Interlocked.Read(ref _closedStatements),
            prepares = Interlocked.Read(ref _closedPrepares), prepared = Interlocked.Read(ref _closedPreparedExecutions);
        foreach (var connection in _connections.Keys)
        {
            lock (connection)
            {
                roundTrips += connection.RoundTrips;
                client += connection.ClientBytes;
                server += connection.ServerBytes;
                statements += connection.Messages.Statements;
                prepares += connection.Messages.Prepares;
                prepared += connection.Messages.PreparedExecutions;
            }
        }

        return new RelayCounts(Interlocked.Read(ref _opened), roundTrips, statements, prepares, prepared, client, server);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        using var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.NoDelay = true;
        var connection = new Connection();
        _connections[connection] = 0;
        Interlocked.Increment(ref _opened);
        try
        {
            await server.ConnectAsync(_target, _stop.Token);
            await Task.WhenAny(PumpAsync(client, server, connection, fromClient: true), PumpAsync(server, client, connection, fromClient: false));
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // the relay ends with either side
        }
        finally
        {
            _connections.TryRemove(connection, out _);
            lock (connection)
            {
                Interlocked.Add(ref _closedRoundTrips, connection.RoundTrips);
                Interlocked.Add(ref _closedClientBytes, connection.ClientBytes);
                Interlocked.Add(ref _closedServerBytes, connection.ServerBytes);
                Interlocked.Add(ref _closedStatements, connection.Messages.Statements);
                Interlocked.Add(ref _closedPrepares, connection.Messages.Prepares);
                Interlocked.Add(ref _closedPreparedExecutions, connection.Messages.PreparedExecutions);
            }

            client.Dispose();
        }
    }

    private async Task PumpAsync(Socket from, Socket to, Connection connection, bool fromClient)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token)) > 0)
            {
                lock (connection)
                {
                    if (fromClient)
                    {
                        if (connection.ServerSpokeLast)
                        {
                            connection.RoundTrips++;
                            connection.ServerSpokeLast = false;
                        }

                        connection.ClientBytes += read;
                        connection.Messages.Feed(buffer.AsSpan(0, read));
                    }
                    else
                    {
                        connection.ServerSpokeLast = true;
                        connection.ServerBytes += read;
                    }
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // the other side went away or the relay stopped
        }
        finally
        {
            try
            {
                to.Shutdown(SocketShutdown.Send);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                // already closed
            }
        }
    }

    /// <summary>One relayed connection's counts; guarded by locking the instance.</summary>
    private sealed class Connection
    {
        /// <summary>True at the start, so the client's first bytes open the first round trip.</summary>
        public bool ServerSpokeLast { get; set; } = true;

        public long RoundTrips { get; set; }

        public long ClientBytes { get; set; }

        public long ServerBytes { get; set; }

        public FrontendMessageCounter Messages { get; } = new();
    }
}
