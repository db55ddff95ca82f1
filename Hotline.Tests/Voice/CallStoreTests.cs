using System.Data.Common;
using Hotline.Configuration;
using Hotline.Contacts;
using Hotline.Contracts;
using Hotline.Data;
using Hotline.Privacy;
using Hotline.Tests.Api.Voice;
using Hotline.Tests.Support;
using Hotline.Tests.Telemetry;
using Hotline.Voice;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Tests.Voice;

public class CallStoreTests
{
    const string Caller = "+4520123456";

    readonly PersonalDataProtector _protector = TestProtector.Create();
    readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero));
    TestDirectory _directory = null!;
    HotlineDatabase _database = null!;
    CallStore _calls = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _directory = new TestDirectory();
        _database = TestDatabase.Create(DatabaseKind.Sqlite, _directory);
        _calls = new CallStore(_database, _time);
    }

    [TearDown]
    public void RemoveDatabase() => _directory.Dispose();

    [Test]
    public async Task A_recording_that_arrives_first_creates_the_contact_and_the_first_event_with_a_number_fills_in_the_caller()
    {
        var sid = VoiceCalls.NewCallSid();
        var startedAt = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromMinutes(2));

        var recording = await _calls.RecordAsync(Event(sid, CallEvents.Recording) with { CallerHash = null, EncryptedCallerNumber = null, RecordingSid = "RE1", RecordingDuration = 12 }, CancellationToken.None);
        var incoming = await _calls.RecordAsync(Event(sid, CallEvents.Incoming) with { ReceivedAt = startedAt }, CancellationToken.None);
        var contact = await new ContactStore(_database, _time).FindBySourceSidAsync(sid, CancellationToken.None);

        Assert.That(incoming.ContactId, Is.EqualTo(recording.ContactId));
        Assert.That(_protector.Decrypt(contact!.CallerNumber, contact.KeyId, ProtectedColumns.CallerNumber), Is.EqualTo(Caller));
        Assert.That(contact.CallerHash, Is.EqualTo(_protector.HashPhoneNumber(Caller)));
        Assert.That(contact.ReceivedAt, Is.EqualTo(startedAt.UtcDateTime), "the call's start, not the first callback's arrival");
        Assert.That((await _calls.FindAsync(sid, CancellationToken.None))!.Outcome, Is.EqualTo(CallOutcomes.Voicemail));
    }

    [Test]
    public async Task A_missed_call_waits_for_its_transcript_and_is_then_claimed_for_triage_once()
    {
        var sid = VoiceCalls.NewCallSid();
        await _calls.RecordAsync(Event(sid, CallEvents.Dial) with { DialCallStatus = "no-answer", StaffId = 1 }, CancellationToken.None);
        await _calls.RecordAsync(Event(sid, CallEvents.Status("completed")) with { CallStatus = "completed", CallDuration = 40 }, CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(119));
        var early = await _calls.ClaimDueForMenuTriageAsync(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        var due = await _calls.ClaimDueForMenuTriageAsync(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2), CancellationToken.None);
        var again = await _calls.ClaimDueForMenuTriageAsync(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2), CancellationToken.None);
        var lateTranscript = await _calls.RecordAsync(Event(sid, CallEvents.Transcription) with { TranscriptionStatus = "completed", EncryptedTranscript = [1, 2, 3] }, CancellationToken.None);

        Assert.That(early, Is.Empty);
        Assert.That(due, Has.Count.EqualTo(1));
        Assert.That(again, Is.Empty);
        Assert.That(lateTranscript.Triage, Is.EqualTo(TriageNow.No), "the contact is triaged once");
    }

    [Test]
    public async Task A_claimed_call_whose_triage_never_happened_is_claimed_again_after_the_claim_timeout()
    {
        var sid = VoiceCalls.NewCallSid();
        await _calls.RecordAsync(Event(sid, CallEvents.Dial) with { DialCallStatus = "busy" }, CancellationToken.None);
        var transcript = await _calls.RecordAsync(Event(sid, CallEvents.Transcription) with { TranscriptionStatus = "completed", EncryptedTranscript = [1, 2, 3] }, CancellationToken.None);

        _time.Advance(CallStore.ClaimTimeout - TimeSpan.FromSeconds(1));
        var whileClaimed = await _calls.ClaimDueForMenuTriageAsync(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        var afterTimeout = await _calls.ClaimDueForMenuTriageAsync(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.That(transcript.Triage, Is.EqualTo(TriageNow.FromTranscript));
        Assert.That(whileClaimed, Is.Empty);
        Assert.That(afterTimeout, Is.EqualTo(new[] { transcript.ContactId }), "the transcript's triage never stored anything");
    }

    [Test]
    public async Task An_answered_call_is_never_claimed_for_triage()
    {
        var sid = VoiceCalls.NewCallSid();
        await _calls.RecordAsync(Event(sid, CallEvents.Status("completed")) with { CallStatus = "completed", CallDuration = 400 }, CancellationToken.None);
        await _calls.RecordAsync(Event(sid, CallEvents.Dial) with { DialCallStatus = "completed", DialCallDuration = 380, StaffId = 7 }, CancellationToken.None);
        var failedTranscription = await _calls.RecordAsync(Event(sid, CallEvents.Transcription) with { TranscriptionStatus = "failed" }, CancellationToken.None);

        _time.Advance(TimeSpan.FromHours(1));
        var due = await _calls.ClaimDueForMenuTriageAsync(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.That(due, Is.Empty);
        Assert.That(failedTranscription.Triage, Is.EqualTo(TriageNow.No));
        Assert.That((await _calls.FindAsync(sid, CancellationToken.None))!.Outcome, Is.EqualTo(CallOutcomes.Answered));
    }

    [Test]
    public async Task A_call_whose_first_write_failed_and_was_retried_is_counted_as_one_contact()
    {
        var sid = VoiceCalls.NewCallSid();
        using var recorder = new MetricRecorder();
        await _database.ExecuteAsync("CREATE TRIGGER events_fail BEFORE INSERT ON voice_call_events BEGIN SELECT RAISE(ABORT, 'disk trouble'); END", new { }, CancellationToken.None);

        // The contact's row is written, then the event's fails: the write is undone and the
        // consumer's retry runs it again.
        Assert.That(() => _calls.RecordAsync(Event(sid, CallEvents.Incoming), CancellationToken.None), Throws.InstanceOf<DbException>());
        await _database.ExecuteAsync("DROP TRIGGER events_fail", new { }, CancellationToken.None);
        await _calls.RecordAsync(Event(sid, CallEvents.Incoming), CancellationToken.None);
        await _calls.RecordAsync(Event(sid, CallEvents.Dial) with { DialCallStatus = "no-answer" }, CancellationToken.None);

        Assert.That(
            recorder.Of("hotline.contacts.received").Where(received => received.Tags["channel"] == Channels.Voice).Sum(received => received.Value),
            Is.EqualTo(1));
    }

    CallEventReported Event(string sid, string name) => new()
    {
        CallSid = sid,
        Event = name,
        ReceivedAt = _time.GetUtcNow(),
        CallerHash = _protector.HashPhoneNumber(Caller),
        EncryptedCallerNumber = _protector.Encrypt(Caller, ProtectedColumns.CallerNumber),
        KeyId = _protector.CurrentKeyId,
    };
}
