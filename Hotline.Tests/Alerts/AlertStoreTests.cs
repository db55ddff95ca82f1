using Dapper;
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

        var first = await _alerts.CreateUnstartedAsync(contact);
        var again = await _alerts.CreateUnstartedAsync(contact);

        Assert.That(again, Is.EqualTo(first));
        Assert.That(first.Step, Is.EqualTo(-1));
        Assert.That(first.Code, Does.Match("^[0-9]{4}$"));
        Assert.That(await _alerts.DueAsync(10, CancellationToken.None), Has.Exactly(1).Matches<DueAlert>(alert => alert.Id == first.Id));
    }

    [Test]
    public async Task Still_alerts_with_a_longer_code_when_every_four_digit_code_is_open()
    {
        await OpenAlertsWithEveryFourDigitCodeAsync();

        var alert = await _alerts.CreateUnstartedAsync(await TestAlerts.StoredContact(_database));

        Assert.That(alert.Code, Does.Match("^[0-9]{5}$"));
        Assert.That((await _alerts.AcknowledgeByCodeAsync(alert.Code, staffId: 1, isCoordinator: true, CancellationToken.None)).Outcome, Is.EqualTo(AcknowledgementOutcome.Acknowledged));
    }

    [Test]
    public async Task Finds_a_free_code_without_a_failed_insert_when_every_four_digit_code_is_open()
    {
        await OpenAlertsWithEveryFourDigitCodeAsync();
        var contacts = new List<Hotline.Contracts.ContactTriaged>();
        for (var i = 0; i < 20; i++)
        {
            contacts.Add(await TestAlerts.StoredContact(_database));
        }

        var codes = new List<string>();
        var failures = await DatabaseErrorsThrownWhile(async () =>
        {
            foreach (var contact in contacts)
            {
                codes.Add((await _alerts.CreateUnstartedAsync(contact)).Code);
            }
        });

        // Drawn one at a time, each of these codes cost eight clashes, each a failed INSERT.
        Assert.That(failures, Is.Zero);
        Assert.That(codes, Is.Unique.And.All.Match("^[0-9]{5}$"));
    }

    [Test]
    public async Task Lets_exactly_one_of_many_concurrent_claims_take_a_step()
    {
        var alert = await _alerts.CreateUnstartedAsync(await TestAlerts.StoredContact(_database));

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            _alerts.ClaimStepAsync(alert.Id, -1, 0, _time.GetUtcNow().AddMinutes(10), [Delivery(1)], CancellationToken.None))));

        Assert.That(claims.Count(claim => claim is not null), Is.EqualTo(1));
        Assert.That(claims.Single(claim => claim is not null), Has.Count.EqualTo(1));
        Assert.That(await _alerts.DueAsync(10, CancellationToken.None), Is.Empty, "the next step is not due before its wait");
    }

    [Test]
    public async Task Makes_the_next_step_due_when_the_wait_is_over()
    {
        var alert = await _alerts.CreateUnstartedAsync(await TestAlerts.StoredContact(_database));
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
        var alert = await _alerts.CreateUnstartedAsync(await TestAlerts.StoredContact(_database));
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
        var alert = await _alerts.CreateUnstartedAsync(await TestAlerts.StoredContact(_database));
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
        var alert = await _alerts.CreateUnstartedAsync(await TestAlerts.StoredContact(_database));
        await _alerts.ClaimStepAsync(alert.Id, -1, 0, _time.GetUtcNow().AddMinutes(10), [Delivery(1)], CancellationToken.None);

        await _alerts.EscalateNowAsync(alert.Id, step: 5, CancellationToken.None);
        var stale = await _alerts.DueAsync(10, CancellationToken.None);
        await _alerts.EscalateNowAsync(alert.Id, step: 0, CancellationToken.None);
        var now = await _alerts.DueAsync(10, CancellationToken.None);

        Assert.That(stale, Is.Empty, "a failure report of another step changes nothing");
        Assert.That(now.Single().Id, Is.EqualTo(alert.Id));
    }

    // The database errors thrown (first chance, so caught ones too) by this test's own code while
    // `act` runs; other tests running meanwhile are told apart by the async flow.
    static async Task<int> DatabaseErrorsThrownWhile(Func<Task> act)
    {
        var failures = 0;
        var counting = new AsyncLocal<bool> { Value = true };
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs thrown)
        {
            if (counting.Value && thrown.Exception is System.Data.Common.DbException)
            {
                Interlocked.Increment(ref failures);
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            await act();
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        return failures;
    }

    // 9,000 contacts nobody acknowledged, as a flood of texts would leave them.
    async Task OpenAlertsWithEveryFourDigitCodeAsync()
    {
        const string insertContact = """
            INSERT INTO contacts (channel, source_sid, received_at, caller_hash, caller_number, body, key_id, stored_at)
            VALUES ('sms', @Sid, @Now, @Hash, @Hash, NULL, 'test', @Now)
            """;
        const string insertAlert = """
            INSERT INTO alerts (contact_id, code, channel, category, urgency, language, contact_safety, interpreter_needed, step, next_step_at, created_at)
            SELECT id, @Code, 'sms', 'forced_labour', 'high', 'da', 'any', 0, 0, @Now, @Now FROM contacts WHERE source_sid = @Sid
            """;
        var now = _time.GetUtcNow().UtcDateTime;
        var rows = Enumerable.Range(1000, 9000).Select(code => new { Sid = $"SMflood{code}", Code = code.ToString(System.Globalization.CultureInfo.InvariantCulture), Now = now, Hash = new byte[] { 1 } }).ToList();
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(insertContact, rows, transaction);
        await connection.ExecuteAsync(insertAlert, rows, transaction);
        await transaction.CommitAsync();
    }

    NewDelivery Delivery(long staffId) =>
        new(staffId, _protector.Encrypt("+452000000" + staffId, ProtectedColumns.DeliveryTo), _protector.CurrentKeyId, "HOTLINE test", 120);
}
