using Dapper;
using Hotline.Alerts;
using Hotline.Contacts;
using Hotline.Contracts;
using Hotline.Data;
using Hotline.Roster;
using Hotline.Tests.Support;
using Hotline.Triage;

namespace Hotline.Tests.Duty;

// Staff, and triaged contacts whose alert went to some of them, written through the real stores
// the way the worker writes them. The first step is claimed here, with the next step a day
// away, so that nothing escalates while a test looks.
public sealed class DutySeed(HotlineDatabase database)
{
    static int _lastPhone;

    readonly RosterStore _roster = new(database, TestProtector.Create(), TimeProvider.System);

    public sealed record Seeded(long ContactId, long AlertId);

    public async Task<StaffRecord> Staff(string name, string? login, bool coordinator = false, bool active = true)
    {
        var phone = $"+4540{Interlocked.Increment(ref _lastPhone):000000}";
        var saved = await _roster.AddStaffAsync(new StaffEntry(name, phone, null, ["da", "en"], active, coordinator, login), CancellationToken.None);
        return saved.Staff ?? throw new InvalidOperationException($"Staff {name} was not saved: {saved.Outcome}.");
    }

    public async Task<Seeded> AlertedContact(
        IReadOnlyList<StaffRecord> sentTo,
        DateTimeOffset receivedAt,
        string category = "forced_labour",
        string urgency = "high",
        string language = "pl",
        string[]? indicators = null,
        string channel = "sms")
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(receivedAt);
        var sid = TwilioForms.NewMessageSid();
        var saved = await new ContactStore(database, time).SaveSmsAsync(
            TestSms.Sealed(sid, "+4520123456", "Secret words of the caller", receivedAt), triage: null, CancellationToken.None);
        if (channel != "sms")
        {
            await database.ExecuteAsync("UPDATE contacts SET channel = @Channel WHERE id = @Id", new { Channel = channel, Id = saved.ContactId }, CancellationToken.None);
        }

        var triage = new TriageResult(category, urgency, "self", "text_only", language, indicators ?? ["documents_taken", "unpaid_wages"], InterpreterNeeded: true);
        await new TriageStore(database, time).SaveAsync(saved.ContactId, triage, CancellationToken.None);

        var alerts = new AlertStore(database, time);
        var alert = await alerts.CreateUnstartedAsync(
            new ContactTriaged
            {
                ContactId = saved.ContactId,
                SourceSid = sid,
                Channel = channel,
                Category = category,
                Urgency = urgency,
                CallerRole = "self",
                ContactSafety = "text_only",
                Language = language,
                Indicators = triage.Indicators.ToArray(),
                InterpreterNeeded = true,
            });
        var deliveries = sentTo.Select(staff => new NewDelivery(staff.Id, [1, 2, 3], TestSecrets.KeyId, $"HOTLINE alert {alert.Code}", null)).ToList();
        var claimed = await alerts.ClaimStepAsync(alert.Id, -1, 0, DateTimeOffset.UtcNow.AddDays(1), deliveries, CancellationToken.None);
        Assert.That(claimed, Is.Not.Null, "the first step of a fresh alert was taken by someone else");
        return new Seeded(saved.ContactId, alert.Id);
    }

    public async Task<(DateTime? AcknowledgedAt, string? AcknowledgedBy)> Acknowledgement(long alertId)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await connection.QuerySingleAsync<(DateTime?, string?)>(
            "SELECT acknowledged_at, acknowledged_by FROM alerts WHERE id = @alertId", new { alertId });
    }
}
