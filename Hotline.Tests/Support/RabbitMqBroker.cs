using System.Net.Sockets;

namespace Hotline.Tests.Support;

// The real broker the integration tests use. Without one they are skipped, unless
// HOTLINE_REQUIRE_RABBITMQ=1 (as in CI), when they fail instead.
public static class RabbitMqBroker
{
    public static Uri Uri { get; } = new(Environment.GetEnvironmentVariable("HOTLINE_TEST_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:5672/");

    public static bool Required => Environment.GetEnvironmentVariable("HOTLINE_REQUIRE_RABBITMQ") == "1";

    public static void RequireRunning()
    {
        if (IsListening())
        {
            return;
        }

        var message = $"No RabbitMQ answers at {Uri.Host}:{Uri.Port}. ./test.sh installs and starts one.";
        if (Required)
        {
            Assert.Fail(message);
        }

        Assert.Ignore(message);
    }

    static bool IsListening()
    {
        using var client = new TcpClient();
        try
        {
            return client.ConnectAsync(Uri.Host, Uri.Port).Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            return false;
        }
    }
}
