using System.Text.Json;
using Dapper;
using Hotline.Configuration;
using Hotline.Data;
using Hotline.Privacy;
using Hotline.Reports;
using Hotline.Retention;
using Hotline.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Tests.Retention;

// Retention on a real SQLite file: contacts from 2024 to 2026, anonymised after 365 days.
public class AnonymiserTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    static readonly DateTime Cutoff = Now.UtcDateTime.AddDays(-365);

    readonly PersonalDataProtector _protector = TestProtector.Create();
    TestDirectory _directory = null!;
    HotlineDatabase _database = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _directory = new TestDirectory();
        _database = TestDatabase.Create(DatabaseKind.Sqlite, _directory);
    }

    [TearDown]
    public void RemoveDatabase() => _directory.Dispose();

    Anonymiser Anonymiser() => new(
        _database, Options.Create(new RetentionOptions { AnonymiseAfter = TimeSpan.FromDays(365) }), new FakeTimeProvider(Now), NullLogger<Anonymiser>.Instance);

    static readonly string[] Categories = ["forced_labour", "sexual_exploitation", "none", "unclear"];
    static readonly string[] Urgencies = ["immediate", "high", "normal", "low"];
    static readonly string[] Outcomes = ["answered", "missed", "voicemail"];

    // One contact a day or so from 2024-06 to 2026-11: SMS and calls, triaged, some alerted and
    // acknowledged, every call with an outcome and a recording.
    async Task<List<(long Id, DateTime ReceivedAt, byte[] CallerNumber, byte[] Body)>> Seed(int count = 900)
    {
        var seeded = new List<(long, DateTime, byte[], byte[])>();
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        for (var n = 0; n < count; n++)
        {
            var receivedAt = new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(n * 23.7);
            var voice = n % 3 == 0;
            var number = _protector.Encrypt($"+45209{n:D5}", ProtectedColumns.CallerNumber);
            var body = _protector.Encrypt($"tekst nummer {n}", ProtectedColumns.Body);
            var id = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO contacts (channel, source_sid, received_at, caller_hash, caller_number, body, key_id, stored_at,
                                      category, urgency, caller_role, contact_safety, language, indicators, interpreter_needed, triaged_at)
                VALUES (@Channel, @Sid, @ReceivedAt, @Hash, @Number, @Body, @KeyId, @ReceivedAt,
                        @Category, @Urgency, 'self', 'any', 'da', 'passport', 0, @ReceivedAt);
                SELECT last_insert_rowid();
                """,
                new
                {
                    Channel = voice ? "voice" : "sms",
                    Sid = $"SID{n}",
                    ReceivedAt = receivedAt,
                    Hash = _protector.HashPhoneNumber($"+45209{n:D5}"),
                    Number = number,
                    Body = body,
                    KeyId = TestSecrets.KeyId,
                    Category = Categories[n % Categories.Length],
                    Urgency = Urgencies[n % Urgencies.Length],
                },
                transaction);
            if (voice)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO voice_calls (contact_id, call_sid, danger_key, recording_sid, recording_url, recording_seconds, outcome, updated_at)
                    VALUES (@Id, @CallSid, 0, @RecordingSid, @Url, 40, @Outcome, @ReceivedAt)
                    """,
                    new
                    {
                        Id = id,
                        CallSid = $"CA{n}",
                        RecordingSid = $"RE{n}",
                        Url = _protector.Encrypt($"https://api.twilio.com/Recordings/RE{n}", ProtectedColumns.RecordingUrl),
                        Outcome = Outcomes[n % Outcomes.Length],
                        ReceivedAt = receivedAt,
                    },
                    transaction);
            }

            if (n % 2 == 0)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO alerts (contact_id, code, channel, category, urgency, language, contact_safety, interpreter_needed, step, next_step_at, created_at, acknowledged_at, acknowledged_by, closed_at)
                    VALUES (@Id, @Code, 'sms', 'forced_labour', 'high', 'da', 'any', 0, 0, @At, @At, @Acknowledged, 'staff:1', @Acknowledged);
                    INSERT INTO alert_deliveries (alert_id, step, staff_id, kind, to_number, key_id, body, status, attempts, next_attempt_at, created_at, updated_at)
                    VALUES (last_insert_rowid(), 0, 1, 'alert', @To, @KeyId, 'alert', 'delivered', 1, @At, @At, @At);
                    """,
                    new
                    {
                        Id = id,
                        Code = $"{n:D4}",
                        At = receivedAt,
                        Acknowledged = receivedAt.AddMinutes(n % 17),
                        To = _protector.Encrypt("+4540000001", ProtectedColumns.DeliveryTo),
                        KeyId = TestSecrets.KeyId,
                    },
                    transaction);
            }

            seeded.Add((id, receivedAt, number, body));
        }

        await transaction.CommitAsync();
        return seeded;
    }

    // The monthly figures as a report would compute them: contacts by month, channel, category,
    // urgency and call outcome, with the alerts acknowledged and the minutes to acknowledge.
    async Task<List<string>> MonthlyFigures()
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        var rows = await connection.QueryAsync<(string Month, string Channel, string Category, string Urgency, string? Outcome, long Contacts, long Acknowledged, double? Minutes)>(
            """
            SELECT substr(c.received_at, 1, 7), c.channel, c.category, c.urgency, v.outcome, COUNT(*),
                   COUNT(a.acknowledged_at), SUM((julianday(a.acknowledged_at) - julianday(a.created_at)) * 1440.0)
            FROM contacts c
            LEFT JOIN voice_calls v ON v.contact_id = c.id
            LEFT JOIN alerts a ON a.contact_id = c.id
            GROUP BY 1, 2, 3, 4, 5
            ORDER BY 1, 2, 3, 4, 5
            """);
        return [.. rows.Select(row => row.ToString())];
    }

    [Test]
    public async Task Leaves_the_monthly_figures_exactly_as_they_were()
    {
        await Seed();
        var before = await MonthlyFigures();

        var anonymised = await Anonymiser().RunOnceAsync(CancellationToken.None);

        Assert.That(anonymised, Is.GreaterThan(Hotline.Retention.Anonymiser.BatchSize), "more than one batch");
        Assert.That(await MonthlyFigures(), Is.EqualTo(before));
        Assert.That(before, Has.Count.GreaterThan(100));
    }

    [Test]
    public async Task Leaves_the_analysts_monthly_report_exactly_as_it_was()
    {
        await Seed();
        var reports = new ContactReports(new ReportStore(_database), Options.Create(new ReportOptions()));
        Task<MonthlyReport> Report() => reports.MonthlyAsync(new DateOnly(2024, 6, 1), new DateOnly(2026, 11, 1), suppress: false, CancellationToken.None);
        var before = await Report();

        await Anonymiser().RunOnceAsync(CancellationToken.None);

        Assert.That(JsonSerializer.Serialize(await Report()), Is.EqualTo(JsonSerializer.Serialize(before)));
        Assert.That(before.Months.Sum(month => month.Contacts), Is.EqualTo(900), "the report counts every seeded contact");
    }

    [Test]
    public async Task Erases_the_personal_data_of_contacts_older_than_the_period_and_only_theirs()
    {
        var seeded = await Seed(1000);

        await Anonymiser().RunOnceAsync(CancellationToken.None);

        await using var connection = await _database.OpenAsync(CancellationToken.None);
        var rows = (await connection.QueryAsync<(long Id, DateTime ReceivedAt, byte[] CallerNumber, byte[] CallerHash, byte[]? Body, string? AnonymisedAt, string? RecordingUrl, string? RecordingSid)>(
            """
            SELECT c.id, c.received_at, c.caller_number, c.caller_hash, c.body, c.anonymised_at, CASE WHEN v.recording_url IS NULL THEN NULL ELSE 'sealed' END, v.recording_sid
            FROM contacts c LEFT JOIN voice_calls v ON v.contact_id = c.id ORDER BY c.id
            """)).ToList();
        var old = rows.Where(row => row.ReceivedAt < Cutoff).ToList();
        var recent = rows.Where(row => row.ReceivedAt >= Cutoff).ToList();
        Assert.That(old, Is.Not.Empty);
        Assert.That(recent, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(old.Select(row => row.CallerNumber.Length + row.CallerHash.Length), Is.All.Zero);
            Assert.That(old.Select(row => row.Body), Is.All.Null);
            Assert.That(old.Select(row => row.RecordingUrl), Is.All.Null);
            Assert.That(old.Select(row => row.RecordingSid), Is.All.Null);
            Assert.That(old.Select(row => row.AnonymisedAt), Is.All.Not.Null);
            Assert.That(recent.Select(row => row.AnonymisedAt), Is.All.Null);
            Assert.That(recent.Select(row => _protector.Decrypt(row.Body!, TestSecrets.KeyId, ProtectedColumns.Body)), Is.All.StartsWith("tekst nummer"));
        });
        var deliveries = (await connection.QueryAsync<(DateTime CreatedAt, byte[] ToNumber)>("SELECT created_at, to_number FROM alert_deliveries")).ToList();
        Assert.That(deliveries.Where(row => row.CreatedAt < Cutoff).Select(row => row.ToNumber.Length), Is.All.Zero);
        Assert.That(deliveries.Where(row => row.CreatedAt >= Cutoff).Select(row => row.ToNumber.Length), Is.All.GreaterThan(0));
        Assert.That(seeded, Has.Count.EqualTo(1000));
    }

    [Test]
    public async Task Leaves_none_of_the_old_sealed_values_in_the_raw_file()
    {
        var seeded = await Seed(1000);
        var old = seeded.Where(contact => contact.ReceivedAt < Cutoff).ToList();
        var recent = seeded.Where(contact => contact.ReceivedAt >= Cutoff).ToList();
        Assert.That(old.All(contact => Contains(RawFile.ReadDatabase(_directory.DatabaseFile), contact.CallerNumber)), Is.True, "the test must see them before");

        await Anonymiser().RunOnceAsync(CancellationToken.None);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var raw = RawFile.ReadDatabase(_directory.DatabaseFile);

        Assert.That(old.Count(contact => Contains(raw, contact.CallerNumber) || Contains(raw, contact.Body)), Is.Zero);
        Assert.That(recent.All(contact => Contains(raw, contact.CallerNumber)), Is.True);
    }

    [Test]
    public async Task A_second_run_changes_nothing()
    {
        await Seed(100);
        var first = await Anonymiser().RunOnceAsync(CancellationToken.None);
        var stamps = await StampsAsync();

        var second = await Anonymiser().RunOnceAsync(CancellationToken.None);

        Assert.That(first, Is.GreaterThan(0));
        Assert.That(second, Is.Zero);
        Assert.That(await StampsAsync(), Is.EqualTo(stamps));
    }

    async Task<List<string?>> StampsAsync()
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        return [.. await connection.QueryAsync<string?>("SELECT anonymised_at FROM contacts ORDER BY id")];
    }

    static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    [TestCase("Retention:AnonymiseAfter", "1.00:00:00", "Retention:AnonymiseAfter")]
    [TestCase("Retention:Interval", "00:00:01", "Retention:Interval")]
    public async Task Names_a_wrong_retention_setting_at_start_up(string key, string value, string named)
    {
        await using var api = new HotlineApiFactory(_directory, new Dictionary<string, string> { [key] = value });

        var failure = Assert.Catch(() => api.CreateClient());

        Assert.That(failure!.Message + api.Logs.AllText, Does.Contain(named));
    }
}
