using System.Diagnostics;
using System.Globalization;
using RabbitMQ.Client;

namespace Hotline.Bench;

// A RabbitMQ virtual host of the bench's own for one system under test, deleted afterwards: the
// broker is shared, and a queue named sms-received in the default vhost may have other consumers
// (test runs) that would take the bench's messages. Made with rabbitmqctl, so the bench runs on
// the broker's machine as root or as the rabbitmq user.
public sealed class BenchVhost : IAsyncDisposable
{
    public static Uri Broker { get; } = new(Environment.GetEnvironmentVariable("HOTLINE_BENCH_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:5672/");

    BenchVhost(string name) => Name = name;

    public string Name { get; }

    public Uri Uri => new UriBuilder(Broker) { Path = "/" + Uri.EscapeDataString(Name) }.Uri;

    public static async Task<BenchVhost> CreateAsync(string purpose)
    {
        var name = $"hotline-bench-{purpose}-{Guid.NewGuid():N}"[..40];
        var user = Uri.UnescapeDataString(Broker.UserInfo.Split(':')[0]);
        await RabbitMqCtl("add_vhost", name);
        await RabbitMqCtl("set_permissions", "-p", name, user, ".*", ".*", ".*");
        return new BenchVhost(name);
    }

    // Messages ready or unacknowledged in each queue of the vhost, error queues included.
    public async Task<IReadOnlyDictionary<string, long>> QueueDepthsAsync()
    {
        var output = await RabbitMqCtl("list_queues", "-p", Name, "name", "messages", "--no-table-headers");
        return output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length == 2)
            .ToDictionary(fields => fields[0], fields => long.Parse(fields[1], CultureInfo.InvariantCulture));
    }

    // A durable queue bound to a message type's exchange as MassTransit declares it (fanout,
    // durable), for when nothing consumes but the broker must still store what is published.
    public async Task DeclareQueueAsync(string queue, string exchange)
    {
        var factory = new ConnectionFactory { Uri = Uri };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(queue, exchange, routingKey: "");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RabbitMqCtl("delete_vhost", Name);
        }
        catch (InvalidOperationException exception)
        {
            await Console.Error.WriteLineAsync($"bench: could not delete vhost {Name}: {exception.Message}");
        }
    }

    static async Task<string> RabbitMqCtl(params string[] arguments)
    {
        var info = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-q");
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("rabbitmqctl did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
    }
}
