using Hotline.Alerts;
using Hotline.Contacts;
using Hotline.Contracts;
using Hotline.Data;
using Hotline.Privacy;
using Hotline.Reports;
using Hotline.Tests.Api.Voice;
using Hotline.Tests.Support;
using Hotline.Triage;
using Hotline.Voice;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Tests.Reports;

// Writes contacts, triage, calls and alerts through the stores the service itself uses, at the
// instants a test names, so that the reports are checked against what the triggers really see.
public sealed class ReportFacts(HotlineDatabase database)
{
    const string Caller = "+4520123456";

    readonly PersonalDataProtector _protector = TestProtector.Create();

    public ContactReports Reports(int suppressBelow = 5) =>
        new(new ReportStore(database), Options.Create(new ReportOptions { SuppressBelow = suppressBelow }));

    public static DateTimeOffset Utc(int year, int month, int day, int hour = 12, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    public async Task<long> Sms(DateTimeOffset at, string? category = null, string urgency = Urgency.High, string callerRole = CallerRole.Self, string language = "da")
    {
        var saved = await new ContactStore(database, new FakeTimeProvider(at)).SaveSmsAsync(TestSms.Sealed(TwilioForms.NewMessageSid(), Caller, "text", at), triage: null, CancellationToken.None);
        if (category is not null)
        {
            await Triage(saved.ContactId, category, urgency, callerRole, language);
        }

        return saved.ContactId;
    }

    public Task Triage(long contactId, string category, string urgency = Urgency.High, string callerRole = CallerRole.Self, string language = "da") =>
        new TriageStore(database, TimeProvider.System).SaveAsync(contactId, new TriageResult(category, urgency, callerRole, ContactSafety.Any, language, [], false), CancellationToken.None);

    // answered: the duty person took it; missed: nobody did; voicemail: a message was left.
    public async Task<(long ContactId, string CallSid)> Call(DateTimeOffset at, string outcome)
    {
        var sid = VoiceCalls.NewCallSid();
        var calls = new CallStore(database, new FakeTimeProvider(at));
        var result = await calls.RecordAsync(Event(sid, CallEvents.Incoming, at), CancellationToken.None);
        await calls.RecordAsync(Event(sid, CallEvents.Dial, at) with { DialCallStatus = outcome == CallOutcomes.Answered ? "completed" : "no-answer", StaffId = 1 }, CancellationToken.None);
        if (outcome == CallOutcomes.Voicemail)
        {
            await LeaveVoicemail(sid, at);
        }

        return (result.ContactId, sid);
    }

    public Task LeaveVoicemail(string callSid, DateTimeOffset at) =>
        new CallStore(database, new FakeTimeProvider(at)).RecordAsync(Event(callSid, CallEvents.Recording, at) with { RecordingSid = "RE" + callSid[2..], RecordingDuration = 20 }, CancellationToken.None);

    // An alert raised at `at` for the contact, escalated `escalations` times, acknowledged after
    // `acknowledgedAfter` (or never).
    public async Task<long> Alert(long contactId, DateTimeOffset at, TimeSpan? acknowledgedAfter, int escalations = 0)
    {
        var time = new FakeTimeProvider(at);
        var alerts = new AlertStore(database, time);
        var alert = await alerts.CreateUnstartedAsync(
            new ContactTriaged
            {
                ContactId = contactId,
                SourceSid = "SM" + contactId,
                Channel = Channels.Sms,
                Category = Category.ForcedLabour,
                Urgency = Urgency.High,
                CallerRole = CallerRole.Self,
                ContactSafety = ContactSafety.Any,
                Language = "da",
                Indicators = [],
            });
        for (var step = 0; step <= escalations; step++)
        {
            await alerts.ClaimStepAsync(alert.Id, step - 1, step, at.AddMinutes(10), [], CancellationToken.None);
        }

        if (acknowledgedAfter is { } wait)
        {
            time.Advance(wait);
            await alerts.AcknowledgeByIdAsync(alert.Id, "mette", CancellationToken.None);
        }

        return alert.Id;
    }

    CallEventReported Event(string sid, string name, DateTimeOffset at) => new()
    {
        CallSid = sid,
        Event = name,
        ReceivedAt = at,
        CallerHash = _protector.HashPhoneNumber(Caller),
        EncryptedCallerNumber = _protector.Encrypt(Caller, ProtectedColumns.CallerNumber),
        KeyId = _protector.CurrentKeyId,
    };
}
