using Hotline.Configuration;
using Hotline.Roster;
using Hotline.Tests.Support;

namespace Hotline.Tests.EndToEnd;

// The whole alert path in production's shape: the API and two worker processes on a real
// RabbitMQ and one SQLite file, alerts sent through the Twilio library to a local fake of
// Twilio's REST API. One alert per contact however many workers run, escalation after the wait,
// and the acknowledgement stops it.
[Category("RabbitMQ")]
public class RabbitMqAlertTests
{
    const string Primary = "+4520000101";
    const string Backup = "+4520000102";
    const string Coordinator = "+4520000103";
    const string Caller = "+4520999888";
    static readonly TimeSpan Wait = TimeSpan.FromSeconds(4);

    [Test]
    public async Task An_alert_reaches_one_person_once_escalates_after_the_wait_and_stops_when_acknowledged()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();
        await using var twilio = await FakeTwilioApi.StartAsync();
        var database = TestDatabase.Create(DatabaseKind.Sqlite, directory);
        await StaffTheRoster(new RosterStore(database, TestProtector.Create(), TimeProvider.System));

        var settings = new Dictionary<string, string>
        {
            ["Twilio:Mode"] = "Live",
            ["Twilio:AccountSid"] = TwilioForms.AccountSid,
            ["Twilio:PhoneNumber"] = TwilioForms.HotlineNumber,
            ["Twilio:ApiBaseUrl"] = twilio.BaseUrl.ToString(),
            ["Alerts:PollInterval"] = "00:00:01",
        };
        foreach (var urgency in new[] { "immediate", "high", "normal", "low" })
        {
            settings[$"Alerts:EscalateAfter:{urgency}"] = Wait.ToString();
        }

        await using var first = await WorkerProcess.StartAsync(directory, broker.Uri, settings);
        await using var second = await WorkerProcess.StartAsync(directory, broker.Uri, settings);
        await using var api = new HotlineApiFactory(directory, new Dictionary<string, string>
        {
            ["Hotline:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = broker.Uri.ToString(),
        });
        using var client = api.CreateClient();
        string Workers() => $"first worker:\n{first.Output}\nsecond worker:\n{second.Output}";

        var contact = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), Caller, "My boss took our passports and pays us nothing. We work 14 hours a day and cannot leave the farm.");
        using (await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, contact)))
        {
        }

        // Generous: the worker loads the triage models on its first contact, slow on a busy machine.
        var toPrimary = await Eventually.Get(() => Task.FromResult(twilio.To(Primary).ToList()), sent => sent.Count > 0, TimeSpan.FromSeconds(120));
        Assert.That(toPrimary, Has.Count.EqualTo(1), "the primary was not alerted\n" + Workers());
        var code = System.Text.RegularExpressions.Regex.Match(toPrimary[0].Body, @"HOTLINE (\d{4})").Groups[1].Value;
        Assert.That(toPrimary[0].Body, Does.Contain($"Reply OK {code}").And.Not.Contain("passports").And.Not.Contain("999888"));

        var toBackup = await Eventually.Get(() => Task.FromResult(twilio.To(Backup).ToList()), sent => sent.Count > 0, Wait * 4);
        Assert.That(toBackup, Has.Count.EqualTo(1), "no escalation to the backup after the wait\n" + Workers());
        Assert.That(twilio.To(Primary).Count(), Is.EqualTo(1), "the primary was alerted twice");
        Assert.That(toBackup[0].At - toPrimary[0].At, Is.GreaterThanOrEqualTo(Wait - TimeSpan.FromMilliseconds(500)));

        var acknowledgement = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), Backup, $" ok {code} ");
        using (await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, acknowledgement)))
        {
        }

        var confirmation = await Eventually.Get(() => Task.FromResult(twilio.To(Backup).Skip(1).ToList()), sent => sent.Count > 0, TimeSpan.FromSeconds(20));
        Assert.That(confirmation, Has.Count.EqualTo(1), "the acknowledgement was not confirmed\n" + Workers());
        Assert.That(confirmation[0].Body, Does.Contain($"alert {code} acknowledged"), Workers);

        await Task.Delay(Wait * 2);
        Assert.That(twilio.To(Coordinator), Is.Empty, "the alert escalated after it was acknowledged\n" + Workers());
        Assert.That(twilio.To(Primary).Count() + twilio.To(Backup).Count(), Is.EqualTo(3));
        Assert.That(await database.CountContacts(acknowledgement["MessageSid"]), Is.Zero, "a staff SMS is a command, not a contact");
    }

    static async Task StaffTheRoster(RosterStore roster)
    {
        var now = DateTimeOffset.UtcNow;
        var primary = await roster.AddStaffAsync(new StaffEntry("Anna", Primary, null, ["da", "en"], true, false), CancellationToken.None);
        var backup = await roster.AddStaffAsync(new StaffEntry("Bo", Backup, null, ["da", "en"], true, false), CancellationToken.None);
        await roster.AddStaffAsync(new StaffEntry("Carl", Coordinator, null, ["da"], true, true), CancellationToken.None);
        await roster.AddShiftAsync(new ShiftEntry(primary.Staff!.Id, "primary", now.AddHours(-1), now.AddHours(1)), CancellationToken.None);
        await roster.AddShiftAsync(new ShiftEntry(backup.Staff!.Id, "backup", now.AddHours(-1), now.AddHours(1)), CancellationToken.None);
    }
}
