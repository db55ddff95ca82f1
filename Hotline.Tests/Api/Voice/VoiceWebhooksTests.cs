using System.Net;
using Dapper;
using Hotline.Configuration;
using Hotline.Contacts;
using Hotline.Data;
using Hotline.Privacy;
using Hotline.Roster;
using Hotline.Tests.Support;
using Hotline.Triage;
using Hotline.Voice;

namespace Hotline.Tests.Api.Voice;

// Calls walked through the embedded service the way Twilio would make them: signed webhooks, the
// TwiML of each answer read back, and what the worker's consumers stored in a real SQLite file.
public class VoiceWebhooksTests
{
    const string Caller = "+48601234567";
    const string Piotr = "+4520000004";
    const string Anna = "+4520000001";

    readonly PersonalDataProtector _protector = TestProtector.Create();
    TestDirectory _directory = null!;
    HotlineApiFactory _api = null!;
    HttpClient _client = null!;
    HotlineDatabase _database = null!;
    VoiceCalls _calls = null!;
    readonly Dictionary<string, long> _staff = [];

    static readonly Dictionary<string, string> Polish = new()
    {
        ["Voice:Languages:0:Digit"] = "3",
        ["Voice:Languages:0:Code"] = "pl",
        ["Voice:Languages:0:Name"] = "polsk",
        ["Voice:Languages:0:SayLanguage"] = "pl-PL",
        ["Voice:Languages:0:Voice"] = "Polly.Ewa",
        ["Voice:Languages:0:Prompt"] = "Po polsku naciśnij 3.",
        ["Voice:Languages:0:Voicemail"] = "Nikt nie może teraz odebrać. Zostaw wiadomość po sygnale.",
    };

    void Start(Dictionary<string, string>? settings = null)
    {
        _directory = new TestDirectory();
        var all = new Dictionary<string, string>(Polish);
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        _api = new HotlineApiFactory(_directory, all);
        _client = _api.CreateClient();
        _database = TestDatabase.Create(DatabaseKind.Sqlite, _directory);
        _calls = new VoiceCalls(_client);
    }

    [TearDown]
    public async Task StopService()
    {
        _client?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        _directory?.Dispose();
    }

    [Test]
    public async Task A_missed_call_in_Polish_is_screened_recorded_transcribed_triaged_and_alerted()
    {
        Start();
        await OnDuty("Anna", Anna, ["da", "en"]);
        await OnDuty("Piotr", Piotr, ["pl", "da"]);
        var sid = VoiceCalls.NewCallSid();
        var call = VoiceCalls.CallForm(sid, Caller);
        const string transcript = "They took our passports and lock us in at night, please help";

        var (incomingStatus, greeting) = await _calls.Post(VoiceCalls.VoiceUrl, VoiceCalls.With(call, ("CallStatus", "ringing")));
        var gather = greeting.Only("Gather");

        Assert.That(incomingStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(greeting.Verbs(), Is.EqualTo(new[] { "Gather", "Redirect" }));
        Assert.That(gather.Attr("numDigits"), Is.EqualTo("1"));
        Assert.That(gather.Attr("action"), Is.EqualTo(VoiceCalls.VoiceUrl + "/menu"));
        Assert.That(gather.SayLanguages(), Does.Contain("da-DK").And.Contain("en-GB").And.Contain("pl-PL"));
        Assert.That(gather.SaidText(), Does.Contain("Po polsku naciśnij 3").And.Contain("press 9"));
        Assert.That(gather.Descendants("Say").Where(say => say.Attr("language") == "pl-PL").Select(say => say.Attr("voice")), Is.EqualTo(new[] { "Polly.Ewa" }));
        Assert.That(gather.Descendants("Say").Select(say => say.Attr("voice")), Is.All.Not.Empty);

        var (_, forward) = await _calls.Post(gather.Attr("action"), VoiceCalls.With(call, ("Digits", "3")));
        var dial = forward.Only("Dial");
        var number = dial.Only("Number");

        Assert.That(dial.Attr("timeout"), Is.EqualTo("20"));
        Assert.That(dial.Attr("action"), Does.StartWith(VoiceCalls.VoiceUrl + "/dial?").And.Contain("lang=pl").And.Contain($"staff={_staff["Piotr"]}"));
        Assert.That(dial.Attr("callerId"), Is.EqualTo(TwilioForms.HotlineNumber), "the duty person sees the hotline, not the caller");
        Assert.That(number.Value, Is.EqualTo(Piotr), "the primary who speaks Polish");
        Assert.That(number.Attr("url"), Does.StartWith(VoiceCalls.VoiceUrl + "/screen?"));

        // Piotr's leg: the screening prompt, one key to take the call; his voicemail presses nothing.
        var leg = VoiceCalls.With(VoiceCalls.CallForm(VoiceCalls.NewCallSid(), TwilioForms.HotlineNumber), ("ParentCallSid", sid), ("Direction", "outbound-dial"));
        var (_, screen) = await _calls.Post(number.Attr("url"), leg);
        var screenGather = screen.Only("Gather");
        var (_, accepted) = await _calls.Post(screenGather.Attr("action"), VoiceCalls.With(leg, ("Digits", "1")));
        var (_, declined) = await _calls.Post(screenGather.Attr("action"), VoiceCalls.With(leg, ("Digits", "7")));

        Assert.That(screen.Verbs(), Is.EqualTo(new[] { "Gather", "Hangup" }));
        Assert.That(screenGather.Attr("numDigits"), Is.EqualTo("1"));
        Assert.That(screenGather.SaidText(), Does.Contain("polsk").And.Not.Contain(Caller).And.Not.Contain("48601234567"));
        Assert.That(accepted.Verbs(), Is.Empty, "an empty answer puts the call through");
        Assert.That(declined.Verbs(), Is.EqualTo(new[] { "Hangup" }));

        var (_, voicemail) = await _calls.Post(dial.Attr("action"), VoiceCalls.With(call, ("DialCallStatus", "no-answer"), ("DialCallSid", leg["CallSid"])));
        var record = voicemail.Only("Record");

        Assert.That(voicemail.Verbs(), Is.EqualTo(new[] { "Say", "Record", "Hangup" }));
        Assert.That(voicemail.SayLanguages(), Is.EqualTo(new[] { "pl-PL" }));
        Assert.That(record.Attr("maxLength"), Is.EqualTo("120"));
        Assert.That(record.Attr("transcribe"), Is.EqualTo("true"));
        Assert.That(record.Attr("transcribeCallback"), Is.EqualTo(VoiceCalls.VoiceUrl + "/transcription"));
        Assert.That(record.Attr("recordingStatusCallback"), Is.EqualTo(VoiceCalls.VoiceUrl + "/recording"));

        var recordingSid = "RE" + sid[2..];
        var recordingForm = VoiceCalls.RecordingForm(sid, recordingSid, seconds: 14);
        var (_, thanks) = await _calls.Post(record.Attr("action"), VoiceCalls.With(call, ("RecordingSid", recordingSid), ("RecordingUrl", recordingForm["RecordingUrl"]), ("RecordingDuration", "14"), ("Digits", "hangup")));
        var (recordingStatus, _) = await _calls.Post(VoiceCalls.VoiceUrl + "/recording", recordingForm);
        var (transcriptionStatus, _) = await _calls.Post(VoiceCalls.VoiceUrl + "/transcription", VoiceCalls.TranscriptionForm(sid, Caller, recordingSid, "completed", transcript));
        var (callStatus, _) = await _calls.Post(VoiceCalls.VoiceUrl + "/status", VoiceCalls.With(call, ("CallStatus", "completed"), ("CallDuration", "61")));

        Assert.That(thanks.Verbs(), Is.EqualTo(new[] { "Say", "Say", "Hangup" }));
        Assert.That(new[] { recordingStatus, transcriptionStatus, callStatus }, Is.All.EqualTo(HttpStatusCode.OK));

        var contact = await WaitForContact(sid);
        var triage = await Eventually.Get(() => new TriageStore(_database, TimeProvider.System).FindAsync(contact.Id, CancellationToken.None), found => found is not null, Eventually.FirstContactTimeout);
        var alerts = await Eventually.Get(() => AlertCount(contact.Id), count => count > 0, Eventually.FirstContactTimeout);
        var stored = await Eventually.Get(() => Call(sid), found => found?.CallSeconds is not null, Eventually.FirstContactTimeout);
        contact = await WaitForContact(sid);

        Assert.That(contact.Channel, Is.EqualTo(Channels.Voice));
        Assert.That(_protector.Decrypt(contact.CallerNumber, contact.KeyId, ProtectedColumns.CallerNumber), Is.EqualTo(Caller));
        Assert.That(_protector.Decrypt(contact.Body!, contact.KeyId, ProtectedColumns.Body), Is.EqualTo(transcript));
        Assert.That(stored!.Language, Is.EqualTo("pl"));
        Assert.That(stored.MenuChoice, Is.EqualTo(MenuChoices.Language));
        Assert.That(stored.DangerKey, Is.False);
        Assert.That(stored.Outcome, Is.EqualTo(CallOutcomes.Voicemail));
        Assert.That(stored.StaffId, Is.EqualTo(_staff["Piotr"]));
        Assert.That(stored.DialStatus, Is.EqualTo("no-answer"));
        Assert.That(stored.RecordingSeconds, Is.EqualTo(14));
        Assert.That(stored.CallSeconds, Is.EqualTo(61));
        Assert.That(_protector.Decrypt(stored.RecordingUrl!, contact.KeyId, ProtectedColumns.RecordingUrl), Is.EqualTo(recordingForm["RecordingUrl"]));
        Assert.That(triage, Is.Not.Null, "the voicemail was not triaged");
        Assert.That(triage!.Category, Is.Not.EqualTo(Category.None), "triaged from the transcript's words");
        Assert.That(alerts, Is.EqualTo(1));

        var raw = RawFile.ReadDatabase(_directory.DatabaseFile);
        Assert.That(RawFile.Contains(raw, sid), Is.True);
        Assert.That(RawFile.Contains(raw, "48601234567"), Is.False, "the caller's number is in the database in clear");
        Assert.That(RawFile.Contains(raw, "passports"), Is.False, "the transcript is in the database in clear");
        Assert.That(RawFile.Contains(raw, recordingSid + "\""), Is.False);
        Assert.That(_api.Logs.AllText, Does.Not.Contain("48601234567").And.Not.Contain("passports"));
    }

    [Test]
    public async Task The_danger_key_tells_the_caller_to_call_112_still_forwards_and_is_triaged_immediate_at_once()
    {
        Start();
        await OnDuty("Anna", Anna, ["da", "en"]);
        var sid = VoiceCalls.NewCallSid();
        var call = VoiceCalls.CallForm(sid, Caller);

        await _calls.Post(VoiceCalls.VoiceUrl, call);
        var (_, forward) = await _calls.Post(VoiceCalls.VoiceUrl + "/menu", VoiceCalls.With(call, ("Digits", "9")));
        var contact = await WaitForContact(sid);
        var triage = await Eventually.Get(() => new TriageStore(_database, TimeProvider.System).FindAsync(contact.Id, CancellationToken.None), found => found is not null, Eventually.FirstContactTimeout);
        var alerts = await Eventually.Get(() => AlertCount(contact.Id), count => count > 0, Eventually.FirstContactTimeout);

        Assert.That(forward.Verbs(), Is.EqualTo(new[] { "Say", "Say", "Dial" }));
        Assert.That(forward.SaidText(), Does.Contain("ring 112").And.Contain("call 112"));
        Assert.That(forward.Only("Number").Value, Is.EqualTo(Anna));
        Assert.That(forward.Only("Dial").Attr("action"), Does.Contain("danger=1"));
        Assert.That(triage!.Urgency, Is.EqualTo(Urgency.Immediate));
        Assert.That(triage.Indicators, Does.Contain(Indicator.DangerKey));
        Assert.That((await Call(sid))!.DangerKey, Is.True);
        Assert.That(alerts, Is.EqualTo(1), "a caller in danger is alerted while still on the line");
    }

    [Test]
    public async Task No_key_in_the_menu_forwards_to_the_Danish_speaking_primary_in_Danish_and_English()
    {
        Start();
        await OnDuty("Piotr", Piotr, ["pl"]);
        await OnDuty("Anna", Anna, ["da", "en"]);
        var sid = VoiceCalls.NewCallSid();
        var call = VoiceCalls.CallForm(sid, Caller);

        var (_, greeting) = await _calls.Post(VoiceCalls.VoiceUrl, call);
        var (status, forward) = await _calls.Post(greeting.Only("Redirect").Value, call);
        var stored = await Eventually.Get(() => Call(sid), found => found?.MenuChoice is not null, Eventually.FirstContactTimeout);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(forward.Verbs(), Is.EqualTo(new[] { "Say", "Say", "Dial" }));
        Assert.That(forward.SayLanguages(), Is.EqualTo(new[] { "da-DK", "en-GB" }));
        Assert.That(forward.Only("Number").Value, Is.EqualTo(Anna));
        Assert.That(stored!.MenuChoice, Is.EqualTo(MenuChoices.None));
        Assert.That(stored.Language, Is.Null);
    }

    [Test]
    public async Task Nobody_on_duty_goes_straight_to_voicemail_and_the_missed_call_is_triaged_from_the_menu_when_no_transcript_comes()
    {
        Start(new() { ["Voice:TranscriptionWait"] = "00:00:00", ["Voice:SweepInterval"] = "00:00:00.200" });
        var sid = VoiceCalls.NewCallSid();
        var call = VoiceCalls.CallForm(sid, Caller);

        await _calls.Post(VoiceCalls.VoiceUrl, call);
        var (_, voicemail) = await _calls.Post(VoiceCalls.VoiceUrl + "/menu", VoiceCalls.With(call, ("Digits", "3")));
        await _calls.Post(VoiceCalls.VoiceUrl + "/recording", VoiceCalls.RecordingForm(sid, "RE" + sid[2..], seconds: 9));
        await _calls.Post(VoiceCalls.VoiceUrl + "/status", VoiceCalls.With(call, ("CallStatus", "completed"), ("CallDuration", "30")));
        var contact = await WaitForContact(sid);
        var triage = await Eventually.Get(() => new TriageStore(_database, TimeProvider.System).FindAsync(contact.Id, CancellationToken.None), found => found is not null, Eventually.FirstContactTimeout);
        var alerts = await Eventually.Get(() => AlertCount(contact.Id), count => count > 0, Eventually.FirstContactTimeout);

        Assert.That(voicemail.Verbs(), Is.EqualTo(new[] { "Say", "Record", "Hangup" }));
        Assert.That(voicemail.Descendants("Dial"), Is.Empty);
        Assert.That(triage!.Language, Is.EqualTo("pl"), "the language chosen in the menu");
        Assert.That(triage.InterpreterNeeded, Is.True);
        Assert.That((await Call(sid))!.Outcome, Is.EqualTo(CallOutcomes.Voicemail));
        Assert.That(alerts, Is.EqualTo(1));
    }

    [Test]
    public async Task An_answered_call_stores_who_took_it_and_for_how_long_and_raises_no_alert()
    {
        Start(new() { ["Voice:TranscriptionWait"] = "00:00:00", ["Voice:SweepInterval"] = "00:00:00.200" });
        await OnDuty("Anna", Anna, ["da", "en"]);
        var sid = VoiceCalls.NewCallSid();
        var call = VoiceCalls.CallForm(sid, Caller);

        await _calls.Post(VoiceCalls.VoiceUrl, call);
        var (_, forward) = await _calls.Post(VoiceCalls.VoiceUrl + "/menu", VoiceCalls.With(call, ("Digits", "1")));
        var (_, afterTalk) = await _calls.Post(forward.Only("Dial").Attr("action"), VoiceCalls.With(call, ("DialCallStatus", "completed"), ("DialCallDuration", "312")));
        await _calls.Post(VoiceCalls.VoiceUrl + "/status", VoiceCalls.With(call, ("CallStatus", "completed"), ("CallDuration", "330")));
        var stored = await Eventually.Get(() => Call(sid), found => found?.CallSeconds is not null && found.TalkSeconds is not null, Eventually.FirstContactTimeout);

        // The sweep runs every 200 ms with no wait: give it several chances to do the wrong thing.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var contact = await new ContactStore(_database, TimeProvider.System).FindBySourceSidAsync(sid, CancellationToken.None);

        Assert.That(afterTalk.Verbs(), Is.EqualTo(new[] { "Hangup" }));
        Assert.That(stored!.Outcome, Is.EqualTo(CallOutcomes.Answered));
        Assert.That(stored.StaffId, Is.EqualTo(_staff["Anna"]));
        Assert.That(stored.TalkSeconds, Is.EqualTo(312));
        Assert.That(stored.Language, Is.EqualTo("da"));
        Assert.That(await new TriageStore(_database, TimeProvider.System).FindAsync(contact!.Id, CancellationToken.None), Is.Null);
        Assert.That(await AlertCount(contact.Id), Is.Zero);
    }

    [Test]
    public async Task Callbacks_out_of_order_and_repeated_make_one_contact_and_change_nothing_the_second_time()
    {
        Start();
        var sid = VoiceCalls.NewCallSid();
        var call = VoiceCalls.CallForm(sid, Caller);
        var recordingSid = "RE" + sid[2..];
        var transcription = VoiceCalls.TranscriptionForm(sid, Caller, recordingSid, "completed", "Jeg arbejder på en gård og får ingen løn");
        var recording = VoiceCalls.RecordingForm(sid, recordingSid, seconds: 20);
        var dialResult = VoiceCalls.With(call, ("DialCallStatus", "busy"));

        // Twilio's order is incoming, menu, dial, recording, transcription; here it is backwards.
        await _calls.Post(VoiceCalls.VoiceUrl + "/transcription", transcription);
        await _calls.Post(VoiceCalls.VoiceUrl + "/recording", recording);
        await _calls.Post(VoiceCalls.VoiceUrl + "/dial?danger=0&lang=da", dialResult);
        await _calls.Post(VoiceCalls.VoiceUrl + "/menu", VoiceCalls.With(call, ("Digits", "1")));
        await _calls.Post(VoiceCalls.VoiceUrl, call);
        var first = await Eventually.Get(() => Call(sid), found => found?.MenuChoice is not null && found.RecordingSid is not null && found.DialStatus is not null, Eventually.FirstContactTimeout);
        var contact = await WaitForContact(sid);
        await Eventually.Get(() => new TriageStore(_database, TimeProvider.System).FindAsync(contact.Id, CancellationToken.None), found => found is not null, Eventually.FirstContactTimeout);

        foreach (var (url, form) in new[]
        {
            (VoiceCalls.VoiceUrl, call),
            (VoiceCalls.VoiceUrl + "/menu", VoiceCalls.With(call, ("Digits", "9"))),
            (VoiceCalls.VoiceUrl + "/dial?danger=0&lang=da", VoiceCalls.With(call, ("DialCallStatus", "completed"))),
            (VoiceCalls.VoiceUrl + "/recording", VoiceCalls.RecordingForm(sid, "RE" + new string('0', 32), seconds: 0)),
            (VoiceCalls.VoiceUrl + "/transcription", transcription),
        })
        {
            await _calls.Post(url, form);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        var after = await Call(sid);

        Assert.That(await _database.CountContacts(sid), Is.EqualTo(1));
        Assert.That(await EventCounts(sid), Is.EqualTo(new[] { 1, 1, 1, 1, 1 }), "one row per event");
        Assert.That(after! with { RecordingUrl = null }, Is.EqualTo(first! with { RecordingUrl = null }), "the repeats changed nothing");
        Assert.That(after.RecordingUrl, Is.EqualTo(first.RecordingUrl));
        Assert.That(after!.Outcome, Is.EqualTo(CallOutcomes.Voicemail));
        Assert.That(after.Language, Is.EqualTo("da"));
        Assert.That(after.DangerKey, Is.False);
        Assert.That(_protector.Decrypt(contact.CallerNumber, contact.KeyId, ProtectedColumns.CallerNumber), Is.EqualTo(Caller));
        Assert.That(await AlertCount(contact.Id), Is.EqualTo(1));
    }

    [Test]
    public async Task A_forged_voice_webhook_gets_403_and_stores_nothing()
    {
        Start();
        var sid = VoiceCalls.NewCallSid();

        using var refused = await _client.SendAsync(TwilioSigner.SignedPost(VoiceCalls.VoiceUrl, VoiceCalls.CallForm(sid, Caller), authToken: "00000000000000000000000000000000"));
        using var refusedCallback = await _client.SendAsync(TwilioSigner.SignedPost(VoiceCalls.VoiceUrl + "/status", VoiceCalls.CallForm(sid, Caller, "completed"), authToken: "00000000000000000000000000000000"));
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(refusedCallback.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await _database.CountContacts(sid), Is.Zero);
    }

    async Task OnDuty(string name, string phone, IReadOnlyList<string> languages)
    {
        var roster = new RosterStore(_database, _protector, TimeProvider.System);
        var saved = await roster.AddStaffAsync(new StaffEntry(name, phone, null, languages, Active: true, Coordinator: false), CancellationToken.None);
        _staff[name] = saved.Staff!.Id;
        await roster.AddShiftAsync(new ShiftEntry(saved.Staff.Id, ShiftRoles.Primary, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(8)), CancellationToken.None);
    }

    async Task<StoredContact> WaitForContact(string sid)
    {
        var contact = await Eventually.Get(
            () => new ContactStore(_database, TimeProvider.System).FindBySourceSidAsync(sid, CancellationToken.None),
            found => found is not null,
            Eventually.FirstContactTimeout);
        Assert.That(contact, Is.Not.Null, "the call was not stored as a contact");
        return contact!;
    }

    Task<StoredCall?> Call(string sid) => new CallStore(_database, TimeProvider.System).FindAsync(sid, CancellationToken.None);

    async Task<int> AlertCount(long contactId)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM alerts WHERE contact_id = @contactId", new { contactId });
    }

    async Task<int[]> EventCounts(string sid)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<int>(
            "SELECT COUNT(*) FROM voice_call_events WHERE call_sid = @sid GROUP BY event ORDER BY event", new { sid })).ToArray();
    }
}
