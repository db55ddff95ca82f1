using System.Data.Common;
using Hotline.Alerts;
using Hotline.Configuration;
using Hotline.Roster;
using Hotline.Tests.Support;
using Hotline.Twilio;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Tests.Telemetry;

// The alert figures as the escalation makes them, over the real stores and a fake clock.
public class AlertMetricsTests
{
    [Test]
    public async Task Alerts_sent_escalations_and_the_time_to_acknowledge_are_recorded_as_the_escalator_runs()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero));
        using var directory = new TestDirectory();
        var database = TestDatabase.Create(DatabaseKind.Sqlite, directory);
        var protector = TestProtector.Create();
        var options = Options.Create(new AlertOptions());
        var roster = new RosterStore(database, protector, time);
        var alerts = new AlertStore(database, time);
        var escalator = new Escalator(alerts, roster, protector, options, time, NullLogger<Escalator>.Instance);
        var dispatcher = new DeliveryDispatcher(
            new DeliveryStore(database, time), alerts, new SimulatedSmsSender(NullLogger<SimulatedSmsSender>.Instance), protector,
            options, Options.Create(new TwilioOptions()), time, NullLogger<DeliveryDispatcher>.Instance);
        var anna = await roster.AddStaffAsync(new StaffEntry("Anna", "+4520000001", null, ["da"], true, false), CancellationToken.None);
        var bo = await roster.AddStaffAsync(new StaffEntry("Bo", "+4520000002", null, ["da"], true, false), CancellationToken.None);
        await roster.AddShiftAsync(new ShiftEntry(anna.Staff!.Id, ShiftRoles.Primary, time.GetUtcNow().AddHours(-1), time.GetUtcNow().AddHours(8)), CancellationToken.None);
        await roster.AddShiftAsync(new ShiftEntry(bo.Staff!.Id, ShiftRoles.Backup, time.GetUtcNow().AddHours(-1), time.GetUtcNow().AddHours(8)), CancellationToken.None);
        using var recorder = new MetricRecorder();

        var alert = await alerts.CreateUnstartedAsync(await TestAlerts.StoredContact(database, urgency: "high"));
        await dispatcher.SendAsync(await escalator.TakeNextStepAsync(alert, CancellationToken.None), CancellationToken.None);
        time.Advance(options.Value.WaitFor("high"));
        foreach (var due in await alerts.DueAsync(limit: 10, CancellationToken.None))
        {
            await dispatcher.SendAsync(await escalator.TakeNextStepAsync(due, CancellationToken.None), CancellationToken.None);
        }

        time.Advance(TimeSpan.FromMinutes(5));
        await alerts.AcknowledgeByCodeAsync(alert.Code, bo.Staff.Id, isCoordinator: false, CancellationToken.None);

        Assert.That(
            recorder.Of("hotline.alerts.sent").Select(sent => (sent.Tags["kind"], sent.Tags["tier"])),
            Is.EqualTo(new[] { ("alert", "primary"), ("alert", "backup") }));
        Assert.That(recorder.Of("hotline.alerts.escalations").Select(escalation => escalation.Tags["tier"]), Is.EqualTo(new[] { "backup" }));
        Assert.That(
            recorder.Of("hotline.alerts.time_to_acknowledge").Select(acknowledged => acknowledged.Value),
            Is.EqualTo(new[] { (options.Value.WaitFor("high") + TimeSpan.FromMinutes(5)).TotalSeconds }));
    }

    [Test]
    public async Task An_acknowledgement_whose_commit_failed_and_was_retried_is_timed_once()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero));
        using var directory = new TestDirectory();
        var database = TestDatabase.Create(DatabaseKind.Sqlite, directory, $"{directory.SqliteConnectionString};Foreign Keys=True");
        var alerts = new AlertStore(database, time);
        var alert = await alerts.CreateUnstartedAsync(await TestAlerts.StoredContact(database, urgency: "high"));
        time.Advance(TimeSpan.FromMinutes(3));
        using var recorder = new MetricRecorder();

        // SQLite checks a deferred foreign key only at the commit: the acknowledgement's statements all succeed,
        // and then its commit fails, as on a full disk. The caller (the consumer's retry) acknowledges again.
        await database.ExecuteAsync("""
            CREATE TABLE commit_guard (id INTEGER PRIMARY KEY);
            CREATE TABLE commit_check (guard INTEGER REFERENCES commit_guard (id) DEFERRABLE INITIALLY DEFERRED);
            CREATE TRIGGER commit_fails AFTER UPDATE OF acknowledged_at ON alerts BEGIN INSERT INTO commit_check VALUES (1); END;
            """, new { }, CancellationToken.None);
        Assert.That(() => alerts.AcknowledgeByIdAsync(alert.Id, "anna", CancellationToken.None), Throws.InstanceOf<DbException>());
        await database.ExecuteAsync("DROP TRIGGER commit_fails", new { }, CancellationToken.None);
        var acknowledgement = await alerts.AcknowledgeByIdAsync(alert.Id, "anna", CancellationToken.None);

        Assert.That(acknowledgement.Outcome, Is.EqualTo(AcknowledgementOutcome.Acknowledged));
        Assert.That(
            recorder.Of("hotline.alerts.time_to_acknowledge").Select(acknowledged => acknowledged.Value),
            Is.EqualTo(new[] { TimeSpan.FromMinutes(3).TotalSeconds }));
    }
}
