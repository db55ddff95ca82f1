using System.Net;
using System.Text.RegularExpressions;
using Hotline.Configuration;
using Hotline.Data;
using Hotline.Roster;
using Hotline.Tests.Support;

namespace Hotline.Tests.EndToEnd;

// Parts failing in the middle of a stream of contacts, with the real broker, worker processes,
// one SQLite file and a local fake of Twilio's REST API: every accepted contact is stored once
// and its duty person alerted once.
[Category("RabbitMQ")]
public partial class FaultTests
{
    const string Primary = "+4520000601";
    const int Contacts = 12;
    static readonly TimeSpan Between = TimeSpan.FromMilliseconds(300);
    static readonly TimeSpan Settle = TimeSpan.FromSeconds(180);

    [Test]
    public async Task A_worker_killed_mid_stream_and_replaced_loses_nothing_and_alerts_nobody_twice()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();
        await using var twilio = await FakeTwilioApi.StartAsync();
        var database = await StaffedDatabaseAsync(directory);
        await using var api = Api(directory, broker.Uri);
        using var client = api.CreateClient();
        var sids = new List<string>();

        var first = await WorkerProcess.StartAsync(directory, broker.Uri, WorkerSettings(twilio));
        await PostAsync(client, sids, Contacts / 2);
        await Eventually.Get(() => StoredAsync(database, sids), stored => stored >= 2, Settle);
        await first.KillAsync();
        var firstOutput = first.Output;
        await first.DisposeAsync();

        await PostAsync(client, sids, Contacts - sids.Count);
        await using var second = await WorkerProcess.StartAsync(directory, broker.Uri, WorkerSettings(twilio));

        await AssertEveryContactStoredAndAlertedOnce(broker, database, twilio, sids, () => $"first worker:\n{firstOutput}\nsecond worker:\n{second.Output}");
    }

    [Test]
    public async Task The_broker_stopped_and_restarted_mid_stream_loses_nothing_and_alerts_nobody_twice()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();
        await using var twilio = await FakeTwilioApi.StartAsync();
        var database = await StaffedDatabaseAsync(directory);
        // Supervised: a worker whose watchdog gives up on a queue after the restart exits and is
        // started again, as in production.
        await using var worker = await SupervisedWorker.StartAsync(directory, broker.Uri, WorkerSettings(twilio));
        await using var api = Api(directory, broker.Uri);
        using var client = api.CreateClient();
        var sids = new List<string>();

        await PostAsync(client, sids, Contacts / 3);
        var restart = RabbitMqBroker.RestartAsync(downtime: TimeSpan.FromSeconds(8));
        await PostAsync(client, sids, Contacts / 3);  // while the broker goes down and is down
        await restart;
        await PostAsync(client, sids, Contacts - sids.Count);

        await AssertEveryContactStoredAndAlertedOnce(broker, database, twilio, sids, () => worker.Output + "\nAPI:\n" + api.Logs.AllText);
    }

    static async Task AssertEveryContactStoredAndAlertedOnce(
        BrokerVirtualHost broker, HotlineDatabase database, FakeTwilioApi twilio, List<string> sids, Func<string> logs)
    {
        await Eventually.Get(() => Task.FromResult(twilio.To(Primary).Count()), sent => sent >= sids.Count, Settle);
        await Task.Delay(TimeSpan.FromSeconds(3));  // let a duplicate still in flight land
        var diagnostics = "queues: " + string.Join(", ", (await broker.QueuesAsync()).Select(queue => $"{queue.Name} {queue.Messages}")) + "\n" + logs();

        var counts = await Task.WhenAll(sids.Select(database.CountContacts));
        var codes = twilio.To(Primary).Select(message => AlertCode().Match(message.Body).Value).ToList();
        Assert.That(counts, Has.Length.EqualTo(Contacts).And.All.EqualTo(1), "contacts per MessageSid\n" + diagnostics);
        Assert.That(codes, Has.Count.EqualTo(Contacts).And.Unique, "one alert per contact\n" + diagnostics);
    }

    static async Task PostAsync(HttpClient client, List<string> sids, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var sid = TwilioForms.NewMessageSid();
            var form = TwilioForms.IncomingSms(sid, $"+45209{sids.Count:D5}", "My boss took my passport and I work without pay. Please help me.");
            using var response = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "Twilio must always get its answer");
            sids.Add(sid);
            await Task.Delay(Between);
        }
    }

    static async Task<int> StoredAsync(HotlineDatabase database, IEnumerable<string> sids) =>
        (await Task.WhenAll(sids.Select(database.CountContacts))).Count(count => count > 0);

    // One primary on duty who speaks the contacts' language, and nobody to escalate to within the test.
    static async Task<HotlineDatabase> StaffedDatabaseAsync(TestDirectory directory)
    {
        var database = TestDatabase.Create(DatabaseKind.Sqlite, directory);
        var roster = new RosterStore(database, TestProtector.Create(), TimeProvider.System);
        var now = DateTimeOffset.UtcNow;
        var primary = await roster.AddStaffAsync(new StaffEntry("Anna", Primary, null, ["da", "en"], true, false), CancellationToken.None);
        await roster.AddShiftAsync(new ShiftEntry(primary.Staff!.Id, "primary", now.AddHours(-1), now.AddHours(2)), CancellationToken.None);
        return database;
    }

    static Dictionary<string, string> WorkerSettings(FakeTwilioApi twilio) => new()
    {
        ["Twilio:Mode"] = "Live",
        ["Twilio:AccountSid"] = TwilioForms.AccountSid,
        ["Twilio:PhoneNumber"] = TwilioForms.HotlineNumber,
        ["Twilio:ApiBaseUrl"] = twilio.BaseUrl.ToString(),
        ["Alerts:PollInterval"] = "00:00:01",
        ["Alerts:EscalateAfter:immediate"] = "01:00:00",
        ["Alerts:EscalateAfter:high"] = "01:00:00",
        ["Alerts:EscalateAfter:normal"] = "01:00:00",
        ["Alerts:EscalateAfter:low"] = "01:00:00",

        // A queue left without a consumer after the broker restart is restarted within the
        // test's wait, not after the production default's minute.
        ["Watchdog:Interval"] = "00:00:01",
        ["Watchdog:StallTimeout"] = "00:00:10",
        ["Watchdog:RestartTimeout"] = "00:01:00",
    };

    static HotlineApiFactory Api(TestDirectory directory, Uri broker) => new(directory, new Dictionary<string, string>
    {
        ["Hotline:Transport"] = "RabbitMq",
        ["ConnectionStrings:RabbitMq"] = broker.ToString(),
        ["Hotline:PublishTimeout"] = "00:00:01",
    });

    [GeneratedRegex(@"HOTLINE \d{4}")]
    private static partial Regex AlertCode();
}
