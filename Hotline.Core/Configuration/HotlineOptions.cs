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

    // Where the SQLite file and the generated development secrets live.
    public string DataDirectory { get; set; } = DefaultDataDirectory;

    public static string DefaultDataDirectory { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "Hotline");
}
