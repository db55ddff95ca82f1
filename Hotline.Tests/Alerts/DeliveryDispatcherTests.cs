using Dapper;
using Hotline.Alerts;
using Hotline.Configuration;
using Hotline.Data;
using Hotline.Privacy;
using Hotline.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Tests.Alerts;

// Deliveries on a real SQLite file, sent through the real Twilio library to a local fake of
// Twilio's REST API.
public class DeliveryDispatcherTests
{
    readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 29, 0, 55, 0, TimeSpan.Zero));
    readonly PersonalDataProtector _protector = TestProtector.Create();
    TestDirectory _directory = null!;
    HotlineDatabase _database = null!;
    FakeTwilioApi _twilio = null!;
    AlertStore _alerts = null!;
    DeliveryStore _deliveries = null!;
    DeliveryDispatcher _dispatcher = null!;

    [SetUp]
    public async Task Start()
    {
        _directory = new TestDirectory();
        _database = TestDatabase.Create(DatabaseKind.Sqlite, _directory);
        _twilio = await FakeTwilioApi.StartAsync();
        var twilioOptions = _twilio.LiveOptions(publicBaseUrl: new Uri("https://hotline.example.org"));
        var sender = _twilio.Sender(twilioOptions);
        _alerts = new AlertStore(_database, _time);
        _deliveries = new DeliveryStore(_database, _time);
        _dispatcher = new DeliveryDispatcher(
            _deliveries, _alerts, sender, _protector, Options.Create(new AlertOptions { SendAttempts = 3 }), Options.Create(twilioOptions), _time, NullLogger<DeliveryDispatcher>.Instance);
    }

    [TearDown]
    public async Task Stop()
    {
        await _twilio.DisposeAsync();
        _directory.Dispose();
    }

    [Test]
    public async Task Sends_a_written_alert_with_a_status_callback_and_records_its_MessageSid()
    {
        var (_, deliveryId) = await AlertWithOneDelivery("+4520000001");

        await _dispatcher.SendAsync([deliveryId], CancellationToken.None);

        var sent = _twilio.Messages.Single();
        var row = await Row(deliveryId);
        Assert.That(sent.To, Is.EqualTo("+4520000001"));
        Assert.That(sent.StatusCallback, Is.EqualTo("https://hotline.example.org/twilio/sms/status"));
        Assert.That(row.status, Is.EqualTo("sent"));
        Assert.That(row.message_sid, Is.EqualTo(sent.Sid));
    }

    [Test]
    public async Task Sends_nothing_twice_when_two_dispatchers_race_for_one_delivery()
    {
        var (_, deliveryId) = await AlertWithOneDelivery("+4520000001");

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => _dispatcher.SendAsync([deliveryId], CancellationToken.None))));

        Assert.That(_twilio.Messages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Retries_a_transient_refusal_later_and_then_sends()
    {
        var (_, deliveryId) = await AlertWithOneDelivery("+4520000001");
        _twilio.RefuseNext(429, 20429);

        await _dispatcher.SendAsync([deliveryId], CancellationToken.None);
        var waiting = await Row(deliveryId);
        await _dispatcher.SendDueAsync(CancellationToken.None);
        var stillWaiting = _twilio.Messages.Count;
        _time.Advance(TimeSpan.FromSeconds(3));
        await _dispatcher.SendDueAsync(CancellationToken.None);

        Assert.That(waiting.status, Is.EqualTo("pending"));
        Assert.That(stillWaiting, Is.Zero, "the retry waits for its backoff");
        Assert.That(_twilio.Messages, Has.Count.EqualTo(1));
        Assert.That((await Row(deliveryId)).status, Is.EqualTo("sent"));
    }

    [Test]
    public async Task Escalates_at_once_when_Twilio_refuses_the_number()
    {
        var (alert, deliveryId) = await AlertWithOneDelivery("+4520000001");
        _twilio.RefuseNext(400, 21211);

        await _dispatcher.SendAsync([deliveryId], CancellationToken.None);

        Assert.That((await Row(deliveryId)).status, Is.EqualTo("failed"));
        Assert.That((await _alerts.DueAsync(10, CancellationToken.None)).Select(due => due.Id), Is.EqualTo(new[] { alert.Id }));
    }

    [Test]
    public async Task Gives_up_on_transient_refusals_after_the_configured_attempts_and_escalates()
    {
        var (alert, deliveryId) = await AlertWithOneDelivery("+4520000001");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            _twilio.RefuseNext(503, 20503);
            await _dispatcher.SendDueAsync(CancellationToken.None);
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.That((await Row(deliveryId)).status, Is.EqualTo("failed"));
        Assert.That((await _alerts.DueAsync(10, CancellationToken.None)).Select(due => due.Id), Does.Contain(alert.Id));
    }

    [Test]
    public async Task Resends_a_delivery_whose_worker_died_once_its_lease_runs_out()
    {
        var (_, deliveryId) = await AlertWithOneDelivery("+4520000001");
        var died = await _deliveries.ClaimAsync(deliveryId, CancellationToken.None);

        await _dispatcher.SendDueAsync(CancellationToken.None);
        var whileLeased = _twilio.Messages.Count;
        _time.Advance(DeliveryStore.Lease + TimeSpan.FromSeconds(1));
        await _dispatcher.SendDueAsync(CancellationToken.None);

        Assert.That(died, Is.Not.Null);
        Assert.That(whileLeased, Is.Zero);
        Assert.That(_twilio.Messages, Has.Count.EqualTo(1));
        Assert.That((await Row(deliveryId)).attempts, Is.EqualTo(2));
    }

    [Test]
    public async Task Keeps_a_final_status_when_callbacks_come_late_or_twice()
    {
        var (alert, deliveryId) = await AlertWithOneDelivery("+4520000001");
        await _dispatcher.SendAsync([deliveryId], CancellationToken.None);
        var sid = _twilio.Messages.Single().Sid;

        var delivered = await _deliveries.ApplyStatusAsync(sid, "delivered", null, CancellationToken.None);
        var lateSent = await _deliveries.ApplyStatusAsync(sid, "sent", null, CancellationToken.None);
        var lateFailure = await _deliveries.ApplyStatusAsync(sid, "failed", 30003, CancellationToken.None);

        Assert.That(delivered, Is.Null);
        Assert.That(lateSent, Is.Null);
        Assert.That(lateFailure, Is.Null, "a delivered message cannot fail afterwards");
        Assert.That((await Row(deliveryId)).status, Is.EqualTo("delivered"));
        Assert.That(await _alerts.DueAsync(10, CancellationToken.None), Is.Empty);
    }

    [TestCase("failed")]
    [TestCase("undelivered")]
    public async Task Reports_the_alert_step_to_escalate_when_a_message_does_not_arrive(string status)
    {
        var (alert, deliveryId) = await AlertWithOneDelivery("+4520000001");
        await _dispatcher.SendAsync([deliveryId], CancellationToken.None);

        var failed = await _deliveries.ApplyStatusAsync(_twilio.Messages.Single().Sid, status, 30003, CancellationToken.None);
        var again = await _deliveries.ApplyStatusAsync(_twilio.Messages.Single().Sid, status, 30003, CancellationToken.None);

        Assert.That(failed, Is.EqualTo(new FailedStep { AlertId = alert.Id, Step = 0 }));
        Assert.That(again, Is.Null, "a repeated callback escalates nothing more");
    }

    async Task<(DueAlert Alert, long DeliveryId)> AlertWithOneDelivery(string to)
    {
        var alert = await _alerts.CreateUnstartedAsync(await TestAlerts.StoredContact(_database));
        var ids = await _alerts.ClaimStepAsync(
            alert.Id, -1, 0, _time.GetUtcNow().AddMinutes(10),
            [new NewDelivery(1, _protector.Encrypt(to, ProtectedColumns.DeliveryTo), _protector.CurrentKeyId, "HOTLINE test", 600)],
            CancellationToken.None);
        return (alert, ids!.Single());
    }

    async Task<(string status, string? message_sid, long attempts)> Row(long id)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        return await connection.QuerySingleAsync<(string, string?, long)>("SELECT status, message_sid, attempts FROM alert_deliveries WHERE id = @id", new { id });
    }
}
