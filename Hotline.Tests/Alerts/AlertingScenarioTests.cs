using Dapper;
using Hotline.Alerts;
using Hotline.Configuration;
using Hotline.Data;
using Hotline.Roster;
using Hotline.Tests.Support;
using Hotline.Twilio;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Tests.Alerts;

// Routing and escalation over time, with the real stores on a SQLite file, the real roster, the
// simulated SMS sender and a fake clock.
public class AlertingScenarioTests
{
    const string Anna = "+4520000001";
    const string Bo = "+4520000002";
    const string Carl = "+4520000003";
    const string Piotr = "+4520000004";

    FakeTimeProvider _time = null!;
    TestDirectory _directory = null!;
    HotlineDatabase _database = null!;
    RosterStore _roster = null!;
    AlertStore _alerts = null!;
    SimulatedSmsSender _sms = null!;
    AlertingService _service = null!;
    Escalator _escalator = null!;
    DeliveryDispatcher _dispatcher = null!;
    DailySummary _summary = null!;
    AlertOptions _options = null!;
    readonly Dictionary<string, long> _staff = [];

    void Build(DateTimeOffset now)
    {
        _time = new FakeTimeProvider(now);
        _directory = new TestDirectory();
        _database = TestDatabase.Create(DatabaseKind.Sqlite, _directory);
        var protector = TestProtector.Create();
        _options = new AlertOptions();
        var options = Options.Create(_options);
        _roster = new RosterStore(_database, protector, _time);
        _alerts = new AlertStore(_database, _time);
        var deliveries = new DeliveryStore(_database, _time);
        _sms = new SimulatedSmsSender(NullLogger<SimulatedSmsSender>.Instance);
        _escalator = new Escalator(_alerts, _roster, protector, options, _time, NullLogger<Escalator>.Instance);
        _dispatcher = new DeliveryDispatcher(deliveries, _alerts, _sms, protector, options, Options.Create(new TwilioOptions()), _time, NullLogger<DeliveryDispatcher>.Instance);
        _summary = new DailySummary(_database, _roster, deliveries, _dispatcher, protector, options, _time, NullLogger<DailySummary>.Instance);
        _service = new AlertingService(_alerts, _escalator, _dispatcher, _summary, options, _time, NullLogger<AlertingService>.Instance);
    }

    [TearDown]
    public void RemoveDatabase()
    {
        _service.Dispose();
        _directory.Dispose();
    }

    [Test]
    public async Task Escalates_primary_then_backup_then_coordinators_after_each_wait_and_stops_at_the_acknowledgement()
    {
        Build(new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero));
        await Staff("Anna", Anna, ["da", "en"]);
        await Staff("Bo", Bo, ["da"]);
        await Staff("Carl", Carl, ["da"], coordinator: true);
        await Shift("Anna", ShiftRoles.Primary, _time.GetUtcNow().AddHours(-1), _time.GetUtcNow().AddHours(8));
        await Shift("Bo", ShiftRoles.Backup, _time.GetUtcNow().AddHours(-1), _time.GetUtcNow().AddHours(8));

        var alert = await Alert(urgency: "high");
        var first = SentTo();
        _time.Advance(TimeSpan.FromMinutes(9));
        await _service.RunOnceAsync(CancellationToken.None);
        var beforeTheWait = SentTo();
        _time.Advance(TimeSpan.FromMinutes(1));
        await _service.RunOnceAsync(CancellationToken.None);
        var afterTheWait = SentTo();
        _time.Advance(TimeSpan.FromMinutes(10));
        await _service.RunOnceAsync(CancellationToken.None);
        var afterTwoWaits = SentTo();
        await _alerts.AcknowledgeByCodeAsync(alert.Code, _staff["Carl"], isCoordinator: true, CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(2));
        await _service.RunOnceAsync(CancellationToken.None);

        Assert.That(first, Is.EqualTo(new[] { Anna }));
        Assert.That(beforeTheWait, Is.EqualTo(new[] { Anna }));
        Assert.That(afterTheWait, Is.EqualTo(new[] { Anna, Bo }));
        Assert.That(afterTwoWaits, Is.EqualTo(new[] { Anna, Bo, Carl }));
        Assert.That(SentTo(), Is.EqualTo(new[] { Anna, Bo, Carl }), "nothing after the acknowledgement");
    }

    [Test]
    public async Task Repeats_the_rounds_it_is_configured_for_and_then_stops()
    {
        Build(new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero));
        _options.Rounds = 2;
        await Staff("Anna", Anna, ["da"]);
        await Staff("Carl", Carl, ["da"], coordinator: true);
        await Shift("Anna", ShiftRoles.Primary, _time.GetUtcNow().AddHours(-1), _time.GetUtcNow().AddHours(8));

        await Alert(urgency: "normal");
        for (var tick = 0; tick < 10; tick++)
        {
            _time.Advance(TimeSpan.FromMinutes(30));
            await _service.RunOnceAsync(CancellationToken.None);
        }

        // No backup on duty: each round is primary, then coordinators.
        Assert.That(SentTo(), Is.EqualTo(new[] { Anna, Carl, Anna, Carl }));
        Assert.That(await _alerts.DueAsync(10, CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task Waits_minutes_not_hours_for_an_immediate_contact()
    {
        Build(new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero));
        await Staff("Anna", Anna, ["da"]);
        await Staff("Bo", Bo, ["da"]);
        await Shift("Anna", ShiftRoles.Primary, _time.GetUtcNow().AddHours(-1), _time.GetUtcNow().AddHours(8));
        await Shift("Bo", ShiftRoles.Backup, _time.GetUtcNow().AddHours(-1), _time.GetUtcNow().AddHours(8));

        await Alert(urgency: "immediate");
        _time.Advance(TimeSpan.FromMinutes(2));
        await _service.RunOnceAsync(CancellationToken.None);

        Assert.That(SentTo(), Is.EqualTo(new[] { Anna, Bo }));
    }

    [Test]
    public async Task Routes_to_the_primary_who_speaks_the_language_and_flags_an_interpreter_for_the_others()
    {
        Build(new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero));
        await Staff("Anna", Anna, ["da", "en"]);
        await Staff("Piotr", Piotr, ["pl", "en"]);
        await Staff("Bo", Bo, ["da"]);
        await Shift("Anna", ShiftRoles.Primary, _time.GetUtcNow().AddHours(-1), _time.GetUtcNow().AddHours(8));
        await Shift("Piotr", ShiftRoles.Primary, _time.GetUtcNow().AddHours(-1), _time.GetUtcNow().AddHours(8));
        await Shift("Bo", ShiftRoles.Backup, _time.GetUtcNow().AddHours(-1), _time.GetUtcNow().AddHours(8));

        await Alert(urgency: "high", language: "pl");
        _time.Advance(TimeSpan.FromMinutes(10));
        await _service.RunOnceAsync(CancellationToken.None);

        var sent = _sms.Sent.Select(message => message.Sms).ToList();
        Assert.That(sent.Select(sms => sms.To), Is.EqualTo(new[] { Piotr, Bo }));
        Assert.That(sent[0].Body, Does.Contain("lang pl").And.Not.Contain("interpreter"));
        Assert.That(sent[1].Body, Does.Contain("lang pl (interpreter needed)"));
    }

    [Test]
    public async Task Goes_to_the_coordinators_when_nobody_is_on_duty()
    {
        Build(new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero));
        await Staff("Carl", Carl, ["da"], coordinator: true);

        await Alert(urgency: "normal");

        Assert.That(SentTo(), Is.EqualTo(new[] { Carl }));
    }

    [Test]
    public async Task Keeps_an_alert_nobody_can_receive_and_sends_it_once_someone_is_on_the_roster()
    {
        Build(new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero));

        var alert = await Alert(urgency: "high");
        var withNobody = SentTo();
        await Staff("Carl", Carl, ["da"], coordinator: true);
        _time.Advance(TimeSpan.FromMinutes(10));
        await _service.RunOnceAsync(CancellationToken.None);

        Assert.That(withNobody, Is.Empty);
        Assert.That(SentTo(), Is.EqualTo(new[] { Carl }));
        Assert.That(_sms.Sent.Single().Sms.Body, Does.Contain($"HOTLINE {alert.Code}"));
    }

    // The night of the last Sunday of October 2026: 03:00 summer time becomes 02:00 winter time.
    // Anna's night shift ends at 07:00 local, which is 06:00 UTC after the change (05:00 before).
    [TestCase("2026-10-25T05:30:00Z", "Anna")]
    [TestCase("2026-10-25T06:30:00Z", "Bo")]
    // The last Sunday of March 2026: 02:00 winter time becomes 03:00 summer time, so 07:00 local
    // is 05:00 UTC.
    [TestCase("2026-03-29T04:30:00Z", "Anna")]
    [TestCase("2026-03-29T05:30:00Z", "Bo")]
    public async Task Routes_by_Copenhagen_time_across_the_daylight_saving_change(string instant, string expected)
    {
        var at = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
        Build(at);
        await Staff("Anna", Anna, ["da"]);
        await Staff("Bo", Bo, ["da"]);
        var night = DateOnly.FromDateTime(at.UtcDateTime).AddDays(-1);
        await Shift("Anna", ShiftRoles.Primary, Local(night, 22), Local(night.AddDays(1), 7));
        await Shift("Bo", ShiftRoles.Primary, Local(night.AddDays(1), 7), Local(night.AddDays(1), 15));

        await Alert(urgency: "high");

        Assert.That(SentTo(), Is.EqualTo(new[] { expected == "Anna" ? Anna : Bo }));
    }

    [Test]
    public async Task Sends_a_new_alert_left_unsent_by_a_worker_that_died_once_its_lease_runs_out_and_only_once()
    {
        Build(new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero));
        await Staff("Anna", Anna, ["da"]);
        await Shift("Anna", ShiftRoles.Primary, _time.GetUtcNow().AddHours(-1), _time.GetUtcNow().AddHours(8));

        // The alert and its first message are written, leased to a worker that then dies.
        var created = await _escalator.StartAsync(await TestAlerts.StoredContact(_database, urgency: "immediate"), CancellationToken.None);
        await _service.RunOnceAsync(CancellationToken.None);
        var whileLeased = SentTo();
        _time.Advance(DeliveryStore.Lease + TimeSpan.FromSeconds(1));
        await _service.RunOnceAsync(CancellationToken.None);
        await _service.RunOnceAsync(CancellationToken.None);

        Assert.That(created.Alert.Step, Is.Zero);
        Assert.That(created.Leased.Select(delivery => delivery.StaffId), Is.EqualTo(new[] { _staff["Anna"] }));
        Assert.That(whileLeased, Is.Empty, "the lease keeps the escalation clock from sending it beside the worker");
        Assert.That(SentTo(), Is.EqualTo(new[] { Anna }));
    }

    [Test]
    public async Task Finds_the_alert_of_a_redelivered_contact_and_leases_nothing_again()
    {
        Build(new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero));
        await Staff("Anna", Anna, ["da"]);
        await Shift("Anna", ShiftRoles.Primary, _time.GetUtcNow().AddHours(-1), _time.GetUtcNow().AddHours(8));
        var contact = await TestAlerts.StoredContact(_database);

        var first = await _escalator.StartAsync(contact, CancellationToken.None);
        await _dispatcher.SendLeasedAsync(first.Leased, CancellationToken.None);
        var again = await _escalator.StartAsync(contact, CancellationToken.None);
        await _dispatcher.SendLeasedAsync(again.Leased, CancellationToken.None);

        await using var connection = await _database.OpenAsync(CancellationToken.None);
        var status = await connection.ExecuteScalarAsync<string>("SELECT status FROM alert_deliveries WHERE id = @Id", new { first.Leased.Single().Id });

        Assert.That(again.Alert.Id, Is.EqualTo(first.Alert.Id), "the id the insert returned is the row's");
        Assert.That(status, Is.EqualTo("sent"), "the leased SMS's id is the row's");
        Assert.That(again.Alert.Step, Is.Zero);
        Assert.That(again.Leased, Is.Empty);
        Assert.That(SentTo(), Is.EqualTo(new[] { Anna }));
    }

    [Test]
    public async Task Counts_the_contacts_without_alert_for_the_coordinators_once_a_day()
    {
        Build(new DateTimeOffset(2026, 6, 10, 5, 30, 0, TimeSpan.Zero));  // 07:30 in Copenhagen
        await Staff("Carl", Carl, ["da"], coordinator: true);
        await Staff("Dorte", "+4520000005", ["da"], coordinator: true);
        await using (var connection = await _database.OpenAsync(CancellationToken.None))
        {
            for (var i = 0; i < 3; i++)
            {
                var contact = await TestAlerts.StoredContact(_database, category: "none");
                await connection.ExecuteAsync(
                    "UPDATE contacts SET category = 'none', received_at = @At WHERE id = @Id",
                    new { At = new DateTime(2026, 6, 9, 10 + i, 0, 0, DateTimeKind.Utc), Id = contact.ContactId });
            }
        }

        await _summary.SendIfDueAsync(CancellationToken.None);
        var beforeEight = _sms.Sent.Count;
        _time.Advance(TimeSpan.FromMinutes(31));
        await _summary.SendIfDueAsync(CancellationToken.None);
        await _summary.SendIfDueAsync(CancellationToken.None);

        Assert.That(beforeEight, Is.Zero);
        Assert.That(SentTo(), Is.EquivalentTo(new[] { Carl, "+4520000005" }));
        Assert.That(_sms.Sent.First().Sms.Body, Does.Contain("2026-06-09").And.Contain("3 contact(s)"));
    }

    // As the AlertConsumer does it.
    async Task<DueAlert> Alert(string urgency, string language = "da")
    {
        var contact = await TestAlerts.StoredContact(_database, urgency: urgency, language: language);
        var created = await _escalator.StartAsync(contact, CancellationToken.None);
        await _dispatcher.SendLeasedAsync(created.Leased, CancellationToken.None);
        if (created.Alert.Step < 0)
        {
            await _dispatcher.SendAsync(await _escalator.TakeNextStepAsync(created.Alert, CancellationToken.None), CancellationToken.None);
        }

        return created.Alert;
    }

    List<string> SentTo() => _sms.Sent.Select(message => message.Sms.To).ToList();

    async Task Staff(string name, string phone, string[] languages, bool coordinator = false)
    {
        var saved = await _roster.AddStaffAsync(new StaffEntry(name, phone, null, languages, true, coordinator), CancellationToken.None);
        _staff[name] = saved.Staff!.Id;
    }

    Task Shift(string name, string role, DateTimeOffset start, DateTimeOffset end) =>
        _roster.AddShiftAsync(new ShiftEntry(_staff[name], role, start, end), CancellationToken.None);

    static DateTimeOffset Local(DateOnly day, int hour)
    {
        Assert.That(CopenhagenTime.TryResolve(day.ToDateTime(new TimeOnly(hour, 0)), out var instant, out var error), Is.True, error);
        return instant;
    }
}
