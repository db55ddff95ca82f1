namespace Hotline.Configuration;

public enum TransportKind
{
    InMemory,
    RabbitMq,
}

public enum DatabaseKind
{
    Sqlite,
    SqlServer,
}

// The Hotline configuration section: how the service is put together.
public sealed class HotlineOptions
{
    public const string Section = "Hotline";

    public TransportKind Transport { get; set; } = TransportKind.InMemory;

    public DatabaseKind Database { get; set; } = DatabaseKind.Sqlite;

    // Applies the migration scripts when the process that hosts the consumers starts.
    public bool MigrateOnStart { get; set; } = true;

    // Twilio gives up after 15 s in all; the webhook must have answered well before that,
    // and MassTransit's Publish waits for as long as its token allows when the broker is down.
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(3);

    // The worker's queues on RabbitMQ: quorum queues are replicated across the cluster's nodes
    // and count deliveries, so a message that keeps killing its consumer is set aside in the
    // queue's _error queue after DeliveryLimit attempts instead of looping for ever. A queue
    // keeps the type it was declared with: switching an existing broker needs its queues moved.
    public bool QuorumQueues { get; set; } = true;

    public int DeliveryLimit { get; set; } = 10;

    // Messages RabbitMQ hands each of the worker's queues before any is acknowledged, and so how many
    // of one queue the worker handles at once. MassTransit's default (16 on two cores) left the worker
    // short of work while each SQLite commit waited for the disk: at 64 the same load gave about a
    // quarter more contacts a second for a tenth less CPU each (docs/benchmarks.md, 1 December).
    // Unacknowledged messages go back to the queue if the worker dies, as before.
    public int PrefetchCount { get; set; } = 64;

    // After the quick retries in the consumer, a message that still fails on a transient error
    // (the database unreachable, say) waits this long in a redelivery queue and is tried again,
    // once per delay, before it goes to the _error queue. See Messaging/Redelivery.
    // Empty means the defaults (a bound list would be appended to, not replaced).
    public IList<TimeSpan> RedeliveryDelays { get; set; } = [];

    public static IReadOnlyList<TimeSpan> DefaultRedeliveryDelays { get; } =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1)];

    public IReadOnlyList<TimeSpan> Redelivery => RedeliveryDelays.Count > 0 ? [.. RedeliveryDelays] : DefaultRedeliveryDelays;

    // Where the SQLite file and the generated development secrets live.
    public string DataDirectory { get; set; } = DefaultDataDirectory;

    // Not created here (DoNotVerify): on a read-only root file system, as in the Kubernetes
    // manifests, creating it would throw before the configured directory is even read. The
    // database, the spool and the development secrets create their folder when they need it.
    public static string DefaultDataDirectory { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "Hotline");
}
