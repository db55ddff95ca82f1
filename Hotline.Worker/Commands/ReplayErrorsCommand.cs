using Hotline.Configuration;
using Hotline.Messaging;

namespace Hotline.Worker.Commands;

// dotnet run --project Hotline.Worker -- replay-errors [queue …]
// Moves the messages in the worker queues' _error queues (or the named queues' only) back for
// another try. Reads the broker's address from the same configuration as the worker.
public static class ReplayErrorsCommand
{
    public static async Task<int> RunAsync(string[] queues, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        if (HotlineOptionsValidator.RabbitMqUri(configuration) is not { } broker)
        {
            error.WriteLine($"replay-errors: {HotlineOptionsValidator.RabbitMqUriRequired}");
            return 2;
        }

        var unknown = queues.Except(BrokerTopology.WorkerQueues).ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine($"replay-errors: no worker queue named {string.Join(", ", unknown)}; one of {string.Join(", ", BrokerTopology.WorkerQueues)}");
            return 2;
        }

        var moved = await ErrorQueueReplay.RunAsync(
            broker, queues.Length > 0 ? queues : BrokerTopology.WorkerQueues, error.WriteLine, CancellationToken.None);
        foreach (var queue in moved)
        {
            output.WriteLine($"{queue.Queue}\t{queue.Count}");
        }

        return 0;
    }
}
