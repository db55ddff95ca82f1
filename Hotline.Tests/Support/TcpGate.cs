using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Hotline.Tests.Support;

// A TCP relay on 127.0.0.1 in front of a real server (the broker), which a test can shut and
// open: while shut, every connection is cut and new ones are closed at once, as when the broker
// is down; open again, connections go through.
public sealed class TcpGate : IAsyncDisposable
{
    readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    readonly string _targetHost;
    readonly int _targetPort;
    readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    readonly CancellationTokenSource _stopping = new();
    readonly Task _accepting;
    volatile bool _shut;

    public TcpGate(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Shut()
    {
        _shut = true;
        foreach (var client in _open.Keys)
        {
            client.Dispose();
        }

        _open.Clear();
    }

    public void Open() => _shut = false;

    async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (_shut)
            {
                client.Dispose();
                continue;
            }

            _ = RelayAsync(client);
        }
    }

    async Task RelayAsync(TcpClient client)
    {
        using var target = new TcpClient();
        _open[client] = 0;
        _open[target] = 0;
        try
        {
            await target.ConnectAsync(_targetHost, _targetPort, _stopping.Token);
            var inbound = client.GetStream().CopyToAsync(target.GetStream(), _stopping.Token);
            var outbound = target.GetStream().CopyToAsync(client.GetStream(), _stopping.Token);
            await Task.WhenAny(inbound, outbound);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The gate was shut, or one side went away: the other side is closed below.
        }
        finally
        {
            _open.TryRemove(client, out _);
            _open.TryRemove(target, out _);
            client.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        Shut();
        await _accepting;
        _stopping.Dispose();
    }
}
