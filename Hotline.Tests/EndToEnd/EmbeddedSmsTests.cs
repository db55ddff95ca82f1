using System.Net;
using Hotline.Configuration;
using Hotline.Contacts;
using Hotline.Data;
using Hotline.Privacy;
using Hotline.Tests.Support;
using Hotline.Triage;

namespace Hotline.Tests.EndToEnd;

// The embedded default, whole: the API with the worker's consumers in process, the in-memory
// transport and a real SQLite file.
public class EmbeddedSmsTests
{
    readonly PersonalDataProtector _protector = TestProtector.Create();
    TestDirectory _directory = null!;
    HotlineApiFactory _api = null!;
    HttpClient _client = null!;
    HotlineDatabase _database = null!;

    [SetUp]
    public void StartService()
    {
        _directory = new TestDirectory();
        _api = new HotlineApiFactory(_directory);
        _client = _api.CreateClient();
        _database = TestDatabase.Create(DatabaseKind.Sqlite, _directory);
    }

    [TearDown]
    public async Task StopService()
    {
        _client.Dispose();
        await _api.DisposeAsync();
        _directory.Dispose();
    }

    [Test]
    public async Task A_signed_sms_becomes_a_stored_contact_with_nothing_personal_in_clear()
    {
        var sid = TwilioForms.NewMessageSid();
        const string number = "+40744123987";
        const string text = "Patronul ne-a luat pașapoartele și nu ne plătește";

        using var response = await Post(TwilioForms.IncomingSms(sid, number, text));
        var stored = await Eventually.Get(
            () => new ContactStore(_database, TimeProvider.System).FindBySourceSidAsync(sid, CancellationToken.None),
            contact => contact is not null,
            Eventually.FirstContactTimeout);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stored, Is.Not.Null, "the contact was not stored");
        Assert.That(_protector.Decrypt(stored!.CallerNumber, stored.KeyId, ProtectedColumns.CallerNumber), Is.EqualTo(number));
        Assert.That(_protector.Decrypt(stored.Body!, stored.KeyId, ProtectedColumns.Body), Is.EqualTo(text));

        var raw = RawFile.ReadDatabase(_directory.DatabaseFile);
        Assert.That(RawFile.Contains(raw, sid), Is.True, "the raw-file search must be able to find what is stored in clear");
        Assert.That(RawFile.Contains(raw, "40744123987"), Is.False, "the caller's number is in the database file in clear");
        Assert.That(RawFile.Contains(raw, "pașapoartele"), Is.False, "the text is in the database file in clear");
        Assert.That(_api.Logs.AllText, Does.Not.Contain("40744123987").And.Not.Contain("pașapoartele"));
    }

    [Test]
    public async Task A_signed_sms_is_triaged_and_its_triage_stored_with_the_contact()
    {
        var sid = TwilioForms.NewMessageSid();

        using var response = await Post(TwilioForms.IncomingSms(sid, "+4520123456", "They locked us in the container and the boss is beating my friend right now"));
        await WaitUntilStored(sid);
        var contact = await new ContactStore(_database, TimeProvider.System).FindBySourceSidAsync(sid, CancellationToken.None);
        var triage = await Eventually.Get(
            () => new TriageStore(_database, TimeProvider.System).FindAsync(contact!.Id, CancellationToken.None),
            stored => stored is not null,
            Eventually.FirstContactTimeout);

        Assert.That(triage, Is.Not.Null, "the triage was not stored");
        Assert.That(triage!.Urgency, Is.EqualTo(Urgency.Immediate));
        Assert.That(triage.Language, Is.EqualTo("en"));
        Assert.That(triage.Indicators, Is.Not.Empty);
    }

    [Test]
    public async Task The_same_sms_posted_twice_is_one_contact()
    {
        var form = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "posted twice");

        using var first = await Post(form);
        using var second = await Post(form);
        await WaitUntilStored(form["MessageSid"]);
        var after = await SettledCount(form["MessageSid"]);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(after, Is.EqualTo(1));
    }

    [Test]
    public async Task The_same_sms_posted_concurrently_is_one_contact()
    {
        var form = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "Twilio retried while we answered");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Post(form)));
        await WaitUntilStored(form["MessageSid"]);
        var after = await SettledCount(form["MessageSid"]);

        Assert.That(responses.Select(response => response.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(after, Is.EqualTo(1));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task A_forged_sms_gets_403_and_stores_nothing()
    {
        var forged = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "forged");
        var genuine = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "genuine, sent after the forged one");

        using var refused = await _client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, forged, authToken: "00000000000000000000000000000000"));
        using var accepted = await Post(genuine);
        await WaitUntilStored(genuine["MessageSid"]);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await _database.CountContacts(forged["MessageSid"]), Is.Zero);
    }

    Task<HttpResponseMessage> Post(IReadOnlyDictionary<string, string> form) =>
        _client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));

    async Task WaitUntilStored(string sid) =>
        Assert.That(await Eventually.Get(() => _database.CountContacts(sid), count => count > 0, Eventually.FirstContactTimeout), Is.GreaterThan(0), "nothing was stored");

    // Duplicates may still be in flight after the first copy is stored: give them time to land.
    async Task<int> SettledCount(string sid)
    {
        await Task.Delay(TimeSpan.FromSeconds(1));
        return await _database.CountContacts(sid);
    }
}
