using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Hotline.Configuration;
using Hotline.Data;
using Hotline.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hotline.Bench;

// The monthly report over a year of 1,000,000 contacts on SQLite (goal: under a second), against
// one plain GROUP BY over the same year's contacts in the same file. The report reads the counts
// the triggers of migration 0006 keep, so its price is paid when contacts are written: the second
// figure is that price, 100,000 contacts inserted with the triggers against the same without them.
public static class ReportsBenchmark
{
    public const double GoalMilliseconds = 1_000;
    const int Contacts = 1_000_000;
    const int InsertedForWriteCost = 100_000;

    // 2025 in UTC seconds, one contact every 31.536 s: a million spread evenly over the year. The
    // labels are drawn with SQLite's random(), skewed the way a hotline's are (mostly SMS in Danish
    // and English, few organ-removal cases); 40 % are calls, and every contact with signs of
    // trafficking has an alert, nine in ten acknowledged within 15 minutes, one in ten escalated.
    const string SeedContactsSql = """
        WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < @Count - 1)
        INSERT INTO contacts (channel, source_sid, received_at, caller_hash, caller_number, key_id, stored_at,
                              category, urgency, caller_role, contact_safety, language, triaged_at)
        SELECT CASE WHEN abs(random()) % 10 < 4 THEN 'voice' ELSE 'sms' END,
               @Prefix || i,
               strftime('%Y-%m-%d %H:%M:%S', 1735689600 + i * 31536 / 1000, 'unixepoch'),
               randomblob(32), randomblob(48), 'bench', strftime('%Y-%m-%d %H:%M:%S', 1735689600 + i * 31536 / 1000, 'unixepoch'),
               CASE WHEN abs(random()) % 20 = 0 THEN NULL ELSE
                   CASE abs(random()) % 16 WHEN 0 THEN 'organ_removal' WHEN 1 THEN 'domestic_servitude' WHEN 2 THEN 'forced_criminality'
                       WHEN 3 THEN 'unclear' WHEN 4 THEN 'unclear' WHEN 5 THEN 'sexual_exploitation' WHEN 6 THEN 'sexual_exploitation'
                       WHEN 7 THEN 'sexual_exploitation' WHEN 8 THEN 'forced_labour' WHEN 9 THEN 'forced_labour' WHEN 10 THEN 'forced_labour'
                       WHEN 11 THEN 'forced_labour' ELSE 'none' END END,
               CASE abs(random()) % 4 WHEN 0 THEN 'immediate' WHEN 1 THEN 'high' WHEN 2 THEN 'normal' ELSE 'low' END,
               CASE abs(random()) % 4 WHEN 0 THEN 'self' WHEN 1 THEN 'third_party' WHEN 2 THEN 'professional' ELSE 'unknown' END,
               'any',
               CASE abs(random()) % 20 WHEN 0 THEN 'ro' WHEN 1 THEN 'bg' WHEN 2 THEN 'pl' WHEN 3 THEN 'uk' WHEN 4 THEN 'ru' WHEN 5 THEN 'th'
                   WHEN 6 THEN 'vi' WHEN 7 THEN 'es' WHEN 8 THEN 'lt' WHEN 9 THEN 'tl' WHEN 10 THEN 'de'
                   WHEN 11 THEN 'en' WHEN 12 THEN 'en' WHEN 13 THEN 'en' ELSE 'da' END,
               strftime('%Y-%m-%d %H:%M:%S', 1735689600 + i * 31536 / 1000, 'unixepoch')
        FROM n
        """;

    const string SeedCallsSql = """
        INSERT INTO voice_calls (contact_id, call_sid, danger_key, outcome, updated_at)
        SELECT id, source_sid, 0, CASE abs(random()) % 3 WHEN 0 THEN 'answered' WHEN 1 THEN 'missed' ELSE 'voicemail' END, received_at
        FROM contacts WHERE channel = 'voice' AND source_sid LIKE @Prefix || '%'
        """;

    const string SeedAlertsSql = """
        INSERT INTO alerts (contact_id, code, channel, category, urgency, language, contact_safety, interpreter_needed, step,
                            next_step_at, created_at, acknowledged_at, closed_at)
        SELECT id, printf('%04d', id % 10000), channel, category, urgency, language, 'any', 0,
               CASE WHEN abs(random()) % 10 = 0 THEN 1 ELSE 0 END, received_at, received_at, a.at, COALESCE(a.at, received_at)
        FROM (SELECT id, channel, category, urgency, language, received_at,
                     CASE WHEN abs(random()) % 10 = 0 THEN NULL
                          ELSE strftime('%Y-%m-%d %H:%M:%S', received_at, '+' || (20 + abs(random()) % 900) || ' seconds') END AS at
              FROM contacts WHERE category IS NOT NULL AND category <> 'none' AND source_sid LIKE @Prefix || '%') AS a
        """;

    const string PlainGroupBySql = """
        SELECT channel, COUNT(*) FROM contacts
        WHERE received_at >= '2025-01-01' AND received_at < '2026-01-01'
        GROUP BY channel
        """;

    const string DropTriggersSql = """
        DROP TRIGGER tr_contacts_report_insert;
        DROP TRIGGER tr_contacts_report_update;
        """;

    public static IReadOnlyList<Figure> Run(TimeSpan duration)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hotline-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var database = Database(Path.Combine(folder, "reports.db"));
            var seeding = Stopwatch.StartNew();
            Seed(database, "SM", Contacts);
            Console.Error.WriteLine($"reports: {Contacts:N0} contacts, their calls and alerts written in {seeding.Elapsed.TotalSeconds:0.0} s");

            var reports = new ContactReports(new ReportStore(database), Options.Create(new ReportOptions()));
            var from = new DateOnly(2025, 1, 1);
            var to = new DateOnly(2025, 12, 1);
            var report = Median(duration / 2, () =>
            {
                var monthly = reports.MonthlyAsync(from, to, suppress: false, CancellationToken.None).GetAwaiter().GetResult();
                return JsonSerializer.Serialize(monthly, JsonSerializerOptions.Web).Length;
            });
            var baseline = Median(duration / 2, () =>
            {
                using var connection = database.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
                return connection.Query(PlainGroupBySql).Count();
            });

            var withTriggers = Database(Path.Combine(folder, "with-triggers.db"));
            var withoutTriggers = Database(Path.Combine(folder, "without-triggers.db"));
            using (var connection = withoutTriggers.OpenAsync(CancellationToken.None).GetAwaiter().GetResult())
            {
                connection.Execute(DropTriggersSql);
            }

            var written = Time(() => InsertContacts(withTriggers, "W", InsertedForWriteCost));
            var writtenBare = Time(() => InsertContacts(withoutTriggers, "W", InsertedForWriteCost));

            return
            [
                new Figure("reports", $"monthly report, 12 months, {Contacts / 1_000_000}M contacts", report, "ms", "plain GROUP BY channel, same year", baseline, HigherIsBetter: false, GoalMilliseconds),
                new Figure("reports", $"insert {InsertedForWriteCost:N0} contacts with triggers", written, "ms", "the same without the report triggers", writtenBare, HigherIsBetter: false, Goal: null),
            ];
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    static HotlineDatabase Database(string file)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{ConnectionStrings.Hotline}"] = $"Data Source={file}" })
            .Build();
        var database = new HotlineDatabase(Options.Create(new HotlineOptions { DataDirectory = Path.GetDirectoryName(file)! }), configuration);
        new DatabaseMigrator(database, NullLoggerFactory.Instance).Migrate();
        return database;
    }

    static void Seed(HotlineDatabase database, string prefix, int count)
    {
        using var connection = database.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        using var transaction = connection.BeginTransaction();
        connection.Execute(new CommandDefinition(SeedContactsSql, new { Count = count, Prefix = prefix }, transaction, commandTimeout: 600));
        connection.Execute(new CommandDefinition(SeedCallsSql, new { Prefix = prefix }, transaction, commandTimeout: 600));
        connection.Execute(new CommandDefinition(SeedAlertsSql, new { Prefix = prefix }, transaction, commandTimeout: 600));
        transaction.Commit();
    }

    static void InsertContacts(HotlineDatabase database, string prefix, int count)
    {
        using var connection = database.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        using var transaction = connection.BeginTransaction();
        connection.Execute(new CommandDefinition(SeedContactsSql, new { Count = count, Prefix = prefix }, transaction, commandTimeout: 600));
        transaction.Commit();
    }

    static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    // The median of as many runs as fit in the time given (at least five), after one warm-up run.
    static double Median(TimeSpan duration, Func<int> run)
    {
        var sink = run();
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (times.Count < 5 || total.Elapsed < duration)
        {
            var clock = Stopwatch.StartNew();
            sink += run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        GC.KeepAlive(sink);
        times.Sort();
        return times[times.Count / 2];
    }
}
