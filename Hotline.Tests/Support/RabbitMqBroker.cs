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
