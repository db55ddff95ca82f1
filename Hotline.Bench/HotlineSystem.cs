using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Dapper;
using Hotline.Configuration;
using Hotline.Data;
using Hotline.Privacy;
using Hotline.Roster;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hotline.Bench;

// Hotline as in production: Hotline.Api and (unless only the intake is measured) Hotline.Worker
// as Release-built processes on RabbitMQ (a vhost of their own), a SQLite file in a fresh
// folder, secrets generated for this run, Twilio in Live mode against the bench's fake, and a
// roster with a primary on duty so that every triaged contact is alerted.
public sealed partial class HotlineSystem : ISystemUnderTest
{
    const string PrimaryPhone = "+4520000101";

    readonly string _directory;
    readonly HotlineDatabase _database;
    readonly List<BenchProcess> _processes = [];

    HotlineSystem(BenchVhost vhost, string directory, HotlineDatabase database, Webhooks webhooks)
    {
        Vhost = vhost;
        _directory = directory;
        _database = database;
        Webhooks = webhooks;
    }

    // The SQLite files' disk decides much of what the figures show (each commit waits for an
    // fsync); HOTLINE_BENCH_DATA puts them elsewhere, e.g. on tmpfs (/dev/shm) to see without it.
    public static string DataRoot { get; } = Environment.GetEnvironmentVariable("HOTLINE_BENCH_DATA") is { Length: > 0 } root
        ? root
        : Path.Combine(Path.GetTempPath(), "hotline-bench");

    public string Name => "hotline";

    public Webhooks Webhooks { get; }

    public BenchVhost Vhost { get; }

    public IReadOnlyList<BenchProcess> Processes => _processes;

    public BenchProcess Api => _processes.Single(process => process.Name == "api");

    public BenchProcess? Worker => _processes.SingleOrDefault(process => process.Name == "worker");

    // Without a worker nothing declares the queues, and the broker would drop what the API
    // publishes; a queue of the bench's own then takes SmsReceived as sms-received would.
    public static async Task<HotlineSystem> StartAsync(string purpose, FakeTwilio? twilio, bool withWorker)
    {
        var vhost = await BenchVhost.CreateAsync(purpose);
        var directory = Path.Combine(DataRoot, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var authToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var privacy = new PrivacyOptions
        {
            CurrentKeyId = "bench",
            Keys = new() { ["bench"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) },
            HashKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        var connectionString = $"Data Source={Path.Combine(directory, "hotline.db")}";
        var database = await MigratedDatabaseAsync(directory, connectionString);
        await StaffTheRosterAsync(new RosterStore(database, new PersonalDataProtector(Options.Create(privacy)), TimeProvider.System));

        var port = FreePort();
        var settings = new Dictionary<string, string>
        {
            ["Hotline:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = vhost.Uri.ToString(),
            ["ConnectionStrings:Hotline"] = connectionString,
            ["Hotline:DataDirectory"] = directory,
            ["Twilio:AuthToken"] = authToken,
            ["Privacy:CurrentKeyId"] = privacy.CurrentKeyId,
            ["Privacy:Keys:bench"] = privacy.Keys["bench"],
            ["Privacy:HashKey"] = privacy.HashKey,
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        };
        if (twilio is not null)
        {
            settings["Twilio:Mode"] = "Live";
            settings["Twilio:AccountSid"] = Webhooks.AccountSid;
            settings["Twilio:PhoneNumber"] = Webhooks.HotlineNumber;
            settings["Twilio:ApiBaseUrl"] = twilio.BaseUrl.ToString();
        }

        // No escalation within a bench run: one SMS per contact, so that counting them counts contacts.
        foreach (var urgency in new[] { "immediate", "high", "normal", "low" })
        {
            settings[$"Alerts:EscalateAfter:{urgency}"] = "01:00:00";
        }

        var system = new HotlineSystem(vhost, directory, database, new Webhooks(new Uri($"http://127.0.0.1:{port}/twilio/sms"), authToken));
        try
        {
            if (withWorker)
            {
                system._processes.Add(await BenchProcess.StartAsync("worker", BenchPaths.WorkerAssembly, settings));
            }
            else
            {
                await vhost.DeclareQueueAsync("bench-sms-received", "Hotline.Contracts:SmsReceived");
            }

            system._processes.Add(await BenchProcess.StartAsync("api", BenchPaths.ApiAssembly, settings));
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }

        return system;
    }

    public async Task<IReadOnlyDictionary<string, long>> AlertsAsync(FakeTwilio twilio)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        var sids = (await connection.QueryAsync<(long Id, string SourceSid)>("SELECT id, source_sid FROM contacts"))
            .ToDictionary(row => row.Id, row => row.SourceSid);
        var alerts = new Dictionary<string, long>();
        foreach (var (body, at) in twilio.Messages)
        {
            if (ContactNumber().Match(body) is { Success: true } match
                && sids.TryGetValue(long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), out var sid))
            {
                alerts.TryAdd(sid, at);
            }
        }

        return alerts;
    }

    // Every contact stored and triaged, and the alerts have stopped coming for a moment.
    public async Task<bool> SettledAsync(FakeTwilio twilio, int accepted)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        var triaged = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM contacts WHERE triaged_at IS NOT NULL");
        if (triaged < accepted)
        {
            return false;
        }

        var alerts = twilio.Count;
        await Task.Delay(TimeSpan.FromSeconds(1));
        return twilio.Count == alerts;
    }

    public async Task<string> ProgressAsync(FakeTwilio twilio)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        var (stored, triaged) = await connection.QuerySingleAsync<(long, long)>("SELECT COUNT(*), COUNT(triaged_at) FROM contacts");
        var queues = string.Join(", ", (await Vhost.QueueDepthsAsync()).Where(queue => queue.Value > 0).Select(queue => $"{queue.Key} {queue.Value}"));
        return $"{Webhooks.Created} webhooks, {stored} stored, {triaged} triaged, {twilio.Count} alerts, spool {await SpoolCountAsync()}, queues: {queues}";
    }

    // What the API's intake spool still holds (published, not yet removed, or not published).
    public async Task<long> SpoolCountAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "intake-spool.db")};Mode=ReadOnly");
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM spool");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            await process.DisposeAsync();
        }

        await Vhost.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A process may hold a file for a moment longer; the temp folder is cleaned by the OS.
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    static async Task<HotlineDatabase> MigratedDatabaseAsync(string directory, string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{ConnectionStrings.Hotline}"] = connectionString })
            .Build();
        var database = new HotlineDatabase(Options.Create(new HotlineOptions { DataDirectory = directory }), configuration);
        await Task.Run(new DatabaseMigrator(database, NullLoggerFactory.Instance).Migrate);
        return database;
    }

    // One primary on duty for the whole run, who speaks the two languages most contacts are in.
    static async Task StaffTheRosterAsync(RosterStore roster)
    {
        var now = DateTimeOffset.UtcNow;
        var primary = await roster.AddStaffAsync(new StaffEntry("Bench primary", PrimaryPhone, null, ["da", "en"], true, false), CancellationToken.None);
        await roster.AddShiftAsync(new ShiftEntry(primary.Staff!.Id, "primary", now.AddHours(-1), now.AddDays(2)), CancellationToken.None);
    }

    [GeneratedRegex(@"contact #(\d+)")]
    private static partial Regex ContactNumber();
}
