using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Messaging;

// After a broker restart, MassTransit 8.5.12 sometimes leaves a receive endpoint that was idle when
// the connection dropped without a consumer: it never hears that its channel closed, goes on
// reporting itself ready, and the broker holds the queue's messages with nobody to give them
// to (the alert queue, in the broker-restart test). So the bus's own health is not enough. Every
// Interval this asks both MassTransit and the broker (a connection of its own) about each of the
// worker's queues; a queue with no consumer on the broker, or whose endpoint MassTransit reports
// unhealthy, for StallTimeout while the broker is up has stalled. Its endpoint is restarted
// once, as MassTransit's kill switch restarts one; if the queue still has no consumer after
// another StallTimeout, the worker stops with ExitCode and the orchestrator starts it afresh
// (infra: compose restart policy, Kubernetes, systemd Restart=always). Messages wait in the
// queue meanwhile, so nothing is lost. While the broker is unreachable nothing counts: that is an
// outage, which MassTransit rides out by reconnecting.
public sealed class ConsumerWatchdog(
    IBusControl bus,
    BrokerQueueProbe probe,
    IHostApplicationLifetime lifetime,
    IOptions<WatchdogOptions> options,
    TimeProvider time,
    ILogger<ConsumerWatchdog> logger) : BackgroundService
{
    // EX_SOFTWARE (sysexits.h): not a wrong setting, which stops the worker at start-up.
    public const int ExitCode = 70;

    readonly Dictionary<string, Stall> _stalls = [];

    sealed class Stall(DateTimeOffset since)
    {
        public DateTimeOffset Since { get; set; } = since;

        public bool Restarted { get; set; }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var watchdog = options.Value;
        using var timer = new PeriodicTimer(watchdog.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (!await CheckAsync(watchdog, stoppingToken))
                {
                    return;
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // A watchdog that died would stop the host with exit code 0; this one looks again.
                // A cancellation not of the worker's stopping is a check that timed out, no more.
                logger.LogError(exception, "The consumer watchdog's check failed; looking again in {Interval}", watchdog.Interval);
            }
        }
    }

    // False once it has asked the host to stop.
    async Task<bool> CheckAsync(WatchdogOptions watchdog, CancellationToken cancellationToken)
    {
        var counts = await probe.ReadAsync(BrokerTopology.WorkerQueues, cancellationToken);
        if (counts is null)
        {
            _stalls.Clear();
            return true;
        }

        var now = time.GetUtcNow();
        var endpoints = bus.CheckHealth().Endpoints.Values
            .GroupBy(endpoint => BrokerTopology.QueueName(endpoint.InputAddress))
            .ToDictionary(group => group.Key, group => group.First());
        foreach (var queue in BrokerTopology.WorkerQueues)
        {
            EndpointHealthResult? endpoint = endpoints.TryGetValue(queue, out var found) ? found : null;
            var problem = Problem(endpoint, counts[queue]);
            if (problem is null)
            {
                if (_stalls.Remove(queue, out var over) && over.Restarted)
                {
                    logger.LogInformation("Receive endpoint {Queue} consumes again after its restart", queue);
                }

                continue;
            }

            if (!_stalls.TryGetValue(queue, out var stall))
            {
                _stalls[queue] = new Stall(now);
                continue;
            }

            var stalledFor = now - stall.Since;
            if (stalledFor < watchdog.StallTimeout)
            {
                continue;
            }

            if (!stall.Restarted && endpoint?.ReceiveEndpoint is { } receiveEndpoint)
            {
                logger.LogWarning(
                    "Receive endpoint {Queue} has had no working consumer for {StalledFor} while the broker is up ({Problem}); restarting it",
                    queue, stalledFor, problem);
                stall.Restarted = true;
                var restarted = await RestartAsync(queue, receiveEndpoint, watchdog.RestartTimeout, cancellationToken);

                // The restarted endpoint gets a whole StallTimeout of its own to show a consumer.
                stall.Since = time.GetUtcNow();
                if (restarted)
                {
                    continue;
                }
            }

            logger.LogCritical(
                "Receive endpoint {Queue} still has no working consumer after a restart ({Problem}); stopping the worker with exit code {ExitCode} so that it is started afresh. Its messages wait in the queue",
                queue, problem, ExitCode);
            Environment.ExitCode = ExitCode;
            lifetime.StopApplication();
            return false;
        }

        return true;
    }

    // Why the queue has no working consumer, or null when it has one.
    static string? Problem(EndpointHealthResult? endpoint, BrokerQueueProbe.QueueCount count)
    {
        var problems = new List<string>();
        if (endpoint is not { } health)
        {
            problems.Add("the bus has no receive endpoint for it");
        }
        else if (health.Status != BusHealthStatus.Healthy)
        {
            problems.Add($"MassTransit reports it {health.Status}: {health.Description}");
        }

        if (!count.Exists)
        {
            problems.Add("the queue is missing on the broker");
        }
        else if (count.Consumers == 0)
        {
            problems.Add($"the broker has no consumer on it, {count.Messages} message(s) ready");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    // As MassTransit's kill switch restarts an endpoint: stop it, start it, wait until it is ready.
    async Task<bool> RestartAsync(string queue, IReceiveEndpoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await endpoint.Stop(deadline.Token).WaitAsync(deadline.Token);
            var handle = endpoint.Start(cancellationToken);
            await handle.Ready.WaitAsync(deadline.Token);
            logger.LogInformation("Receive endpoint {Queue} restarted and ready", queue);
            return true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Receive endpoint {Queue} could not be restarted within {Timeout}", queue, timeout);
            return false;
        }
    }
}
