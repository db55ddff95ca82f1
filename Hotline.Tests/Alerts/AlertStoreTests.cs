using Hotline.Alerts;
using Hotline.Configuration;
using Hotline.Data;
using Hotline.Privacy;
using Hotline.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Tests.Alerts;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.SqlServer)]
public class AlertStoreTests(DatabaseKind kind)
{
    readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero));
    readonly PersonalDataProtector _protector = TestProtector.Create();
    TestDirectory _directory = null!;
    HotlineDatabase _database = null!;
    AlertStore _alerts = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _directory = new TestDirectory();
        _database = TestDatabase.Create(kind, _directory);
        _alerts = new AlertStore(_database, _time);
    }

    [TearDown]
    public void RemoveDatabase() => _directory.Dispose();

    [Test]
    public async Task Creates_one_alert_per_contact_however_often_asked()
    {
        var contact = await TestAlerts.StoredContact(_database);

        var first = await _alerts.CreateAsync(contact, CancellationToken.None);
        var again = await _alerts.CreateAsync(contact, CancellationToken.None);

        Assert.That(again, Is.EqualTo(first));
        Assert.That(first.Step, Is.EqualTo(-1));
        Assert.That(first.Code, Does.Match("^[0-9]{4}$"));
        Assert.That(await _alerts.DueAsync(10, CancellationToken.None), Has.Exactly(1).Matches<DueAlert>(alert => alert.Id == first.Id));
    }

    [Test]
    public async Task Lets_exactly_one_of_many_concurrent_claims_take_a_step()
    {
        var alert = await _alerts.CreateAsync(await TestAlerts.StoredContact(_database), CancellationToken.None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            _alerts.ClaimStepAsync(alert.Id, -1, 0, _time.GetUtcNow().AddMinutes(10), [Delivery(1)], CancellationToken.None))));

        Assert.That(claims.Count(claim => claim is not null), Is.EqualTo(1));
        Assert.That(claims.Single(claim => claim is not null), Has.Count.EqualTo(1));
        Assert.That(await _alerts.DueAsync(10, CancellationToken.None), Is.Empty, "the next step is not due before its wait");
    }

    [Test]
    public async Task Makes_the_next_step_due_when_the_wait_is_over()
    {
        var alert = await _alerts.CreateAsync(await TestAlerts.StoredContact(_database), CancellationToken.None);
        await _alerts.ClaimStepAsync(alert.Id, -1, 0, _time.GetUtcNow().AddMinutes(10), [Delivery(1)], CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(9));
        var early = await _alerts.DueAsync(10, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var due = await _alerts.DueAsync(10, CancellationToken.None);

        Assert.That(early, Is.Empty);
        Assert.That(due.Single().Step, Is.EqualTo(0));
    }

    [Test]
    public async Task Lets_the_first_acknowledgement_win_and_tells_the_second_who_was_first()
    {
        var alert = await _alerts.CreateAsync(await TestAlerts.StoredContact(_database), CancellationToken.None);
        await _alerts.ClaimStepAsync(alert.Id, -1, 0, _time.GetUtcNow().AddMinutes(10), [Delivery(1), Delivery(2)], CancellationToken.None);

        var first = await _alerts.AcknowledgeByCodeAsync(alert.Code, staffId: 2, isCoordinator: false, CancellationToken.None);
        var second = await _alerts.AcknowledgeByCodeAsync(alert.Code, staffId: 1, isCoordinator: false, CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));

        Assert.That(first.Outcome, Is.EqualTo(AcknowledgementOutcome.Acknowledged));
        Assert.That(second.Outcome, Is.EqualTo(AcknowledgementOutcome.AlreadyAcknowledged));
        Assert.That(second.AcknowledgedBy, Is.EqualTo("staff:2"));
        Assert.That(await _alerts.DueAsync(10, CancellationToken.None), Is.Empty, "an acknowledged alert never escalates");
        Assert.That(await _alerts.ClaimStepAsync(alert.Id, 0, 1, _time.GetUtcNow(), [Delivery(3)], CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task Refuses_an_acknowledgement_from_someone_not_alerted_unless_a_coordinator()
    {
        var alert = await _alerts.CreateAsync(await TestAlerts.StoredContact(_database), CancellationToken.None);
        await _alerts.ClaimStepAsync(alert.Id, -1, 0, _time.GetUtcNow().AddMinutes(10), [Delivery(1)], CancellationToken.None);

        var stranger = await _alerts.AcknowledgeByCodeAsync(alert.Code, staffId: 9, isCoordinator: false, CancellationToken.None);
        var coordinator = await _alerts.AcknowledgeByCodeAsync(alert.Code, staffId: 7, isCoordinator: true, CancellationToken.None);

        Assert.That(stranger.Outcome, Is.EqualTo(AcknowledgementOutcome.NotAlertedToThisPerson));
        Assert.That(coordinator.Outcome, Is.EqualTo(AcknowledgementOutcome.Acknowledged));
    }

    [Test]
    public async Task Answers_an_unknown_code_as_unknown()
    {
        var outcome = await _alerts.AcknowledgeByCodeAsync("0000", staffId: 1, isCoordinator: true, CancellationToken.None);

        Assert.That(outcome.Outcome, Is.EqualTo(AcknowledgementOutcome.UnknownCode));
    }

    [Test]
    public async Task Escalates_at_once_after_a_failed_delivery_of_the_current_step_only()
    {
        var alert = await _alerts.CreateAsync(await TestAlerts.StoredContact(_database), CancellationToken.None);
        await _alerts.ClaimStepAsync(alert.Id, -1, 0, _time.GetUtcNow().AddMinutes(10), [Delivery(1)], CancellationToken.None);

        await _alerts.EscalateNowAsync(alert.Id, step: 5, CancellationToken.None);
        var stale = await _alerts.DueAsync(10, CancellationToken.None);
        await _alerts.EscalateNowAsync(alert.Id, step: 0, CancellationToken.None);
        var now = await _alerts.DueAsync(10, CancellationToken.None);

        Assert.That(stale, Is.Empty, "a failure report of another step changes nothing");
        Assert.That(now.Single().Id, Is.EqualTo(alert.Id));
    }

    NewDelivery Delivery(long staffId) =>
        new(staffId, _protector.Encrypt("+452000000" + staffId, ProtectedColumns.DeliveryTo), _protector.CurrentKeyId, "HOTLINE test", 120);
}
