using System.Net.Sockets;

namespace Hotline.Tests.Support;

// The real broker the integration tests use. Without one they are skipped, unless
// HOTLINE_REQUIRE_RABBITMQ=1 (as in CI), when they fail instead.
public static class RabbitMqBroker
{
    public static Uri Uri { get; } = new(Environment.GetEnvironmentVariable("HOTLINE_TEST_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:5672/");

    // RabbitMQ's management API, which the tests use to create virtual hosts and read queues.
    public static Uri ManagementUri { get; } = new(Environment.GetEnvironmentVariable("HOTLINE_TEST_RABBITMQ_MANAGEMENT") ?? "http://guest:guest@127.0.0.1:15672/");

    public static bool Required => Environment.GetEnvironmentVariable("HOTLINE_REQUIRE_RABBITMQ") == "1";

    // The node RestartAsync stops and starts (rabbitmqctl -n), for a second broker of one's own
    // beside the shared one; unset, rabbitmqctl's default node.
    public static string? Node { get; } = Environment.GetEnvironmentVariable("HOTLINE_TEST_RABBITMQ_NODE");

    public static void RequireRunning()
    {
        if (IsListening(Uri) && IsListening(ManagementUri))
        {
            return;
        }

        var message = $"No RabbitMQ (with its management plugin) answers at {Uri.Host}:{Uri.Port} and :{ManagementUri.Port}. ./test.sh installs and starts one.";
        if (Required)
        {
            Assert.Fail(message);
        }

        Assert.Ignore(message);
    }

    // A virtual host of the test's own, deleted afterwards: its queues are fresh (declared with
    // today's arguments) and no other test run on the same broker consumes from them.
    public static async Task<BrokerVirtualHost> CreateVirtualHostAsync()
    {
        RequireRunning();
        return await BrokerVirtualHost.CreateAsync(Uri, ManagementUri);
    }

    // Stops the broker's application (every connection drops, queues and their messages stay on
    // disk), keeps it down for a while, and starts it again, as a restart in production does.
    // Needs rabbitmqctl, as root or through sudo, as ./test.sh runs it.
    public static async Task RestartAsync(TimeSpan downtime)
    {
        await ControlAsync("stop_app");
        await Task.Delay(downtime);
        await ControlAsync("start_app");
        await ControlAsync("await_startup");
    }

    static async Task ControlAsync(string command)
    {
        var asRoot = Environment.UserName == "root";
        var info = new System.Diagnostics.ProcessStartInfo(asRoot ? "rabbitmqctl" : "sudo")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (!asRoot)
        {
            info.ArgumentList.Add("-n");
            info.ArgumentList.Add("rabbitmqctl");
        }

        if (Node is { Length: > 0 } node)
        {
            info.ArgumentList.Add("-n");
            info.ArgumentList.Add(node);
        }

        info.ArgumentList.Add(command);
        using var process = System.Diagnostics.Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.That(process.ExitCode, Is.Zero, $"rabbitmqctl {command} failed: {error}");
    }

    static bool IsListening(Uri address)
    {
        using var client = new TcpClient();
        try
        {
            return client.ConnectAsync(address.Host, address.Port).Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            return false;
        }
    }
}
