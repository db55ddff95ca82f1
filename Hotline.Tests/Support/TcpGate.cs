using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Hotline.Tests.Support;

// A TCP relay on 127.0.0.1 in front of a real server (the broker), which a test can shut and
// open: while shut, every connection is cut and new ones are closed at once, as when the broker
// is down; open again, connections go through. Stalled, it keeps every connection open but holds
// what is sent either way, as a broker too busy to answer or a network that drops packets does.
public sealed class TcpGate : IAsyncDisposable
{
    readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    readonly string _targetHost;
    readonly int _targetPort;
    readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    readonly CancellationTokenSource _stopping = new();
    readonly Task _accepting;
    volatile bool _shut;
    volatile bool _stalled;

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

    public void Stall() => _stalled = true;

    public void Resume() => _stalled = false;

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
            var inbound = PumpAsync(client.GetStream(), target.GetStream());
            var outbound = PumpAsync(target.GetStream(), client.GetStream());
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

    async Task PumpAsync(NetworkStream from, NetworkStream to)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, _stopping.Token)) > 0)
        {
            while (_stalled)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), _stopping.Token);
            }

            await to.WriteAsync(buffer.AsMemory(0, read), _stopping.Token);
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
