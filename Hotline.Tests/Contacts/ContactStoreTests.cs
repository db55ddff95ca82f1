using Hotline.Configuration;
using Hotline.Contacts;
using Hotline.Contracts;
using Hotline.Data;
using Hotline.Privacy;
using Hotline.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Tests.Contacts;

// Runs against SQLite always, and against SQL Server when HOTLINE_TEST_SQLSERVER names one.
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.SqlServer)]
public class ContactStoreTests(DatabaseKind kind)
{
    readonly PersonalDataProtector _protector = TestProtector.Create();
    readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero));
    TestDirectory _directory = null!;
    HotlineDatabase _database = null!;
    ContactStore _store = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _directory = new TestDirectory();
        _database = TestDatabase.Create(kind, _directory);
        _store = new ContactStore(_database, _time);
    }

    [TearDown]
    public void RemoveDatabase() => _directory.Dispose();

    [Test]
    public async Task Stores_an_sms_sealed_and_gives_it_back_as_stored()
    {
        var sms = Sms(TwilioForms.NewMessageSid(), "+4520123456", "De har taget mit pas");

        var saved = await _store.SaveSmsAsync(sms, triage: null, CancellationToken.None);
        var stored = await _store.FindBySourceSidAsync(sms.MessageSid, CancellationToken.None);

        Assert.That(saved.Created, Is.True);
        Assert.That(stored, Is.Not.Null);
        Assert.That(stored!.Id, Is.EqualTo(saved.ContactId));
        Assert.That(stored.Channel, Is.EqualTo(Channels.Sms));
        Assert.That(stored.ReceivedAt, Is.EqualTo(sms.ReceivedAt.UtcDateTime).Within(TimeSpan.FromMilliseconds(1)));
        Assert.That(stored.ReceivedAt.Kind, Is.EqualTo(DateTimeKind.Utc));
        Assert.That(_protector.Decrypt(stored.CallerNumber, stored.KeyId, ProtectedColumns.CallerNumber), Is.EqualTo("+4520123456"));
        Assert.That(_protector.Decrypt(stored.Body!, stored.KeyId, ProtectedColumns.Body), Is.EqualTo("De har taget mit pas"));
    }

    [Test]
    public async Task A_second_save_of_the_same_MessageSid_returns_the_first_contact_and_changes_nothing()
    {
        var sid = TwilioForms.NewMessageSid();
        var first = await _store.SaveSmsAsync(Sms(sid, "+4520123456", "first"), triage: null, CancellationToken.None);
        var second = await _store.SaveSmsAsync(Sms(sid, "+4520123456", "redelivered"), triage: null, CancellationToken.None);
        var stored = await _store.FindBySourceSidAsync(sid, CancellationToken.None);

        Assert.That(second, Is.EqualTo(first with { Created = false }));
        Assert.That(await _database.CountContacts(sid), Is.EqualTo(1));
        Assert.That(_protector.Decrypt(stored!.Body!, stored.KeyId, ProtectedColumns.Body), Is.EqualTo("first"));
    }

    [Test]
    public async Task Concurrent_saves_of_one_MessageSid_leave_one_contact()
    {
        var sms = Sms(TwilioForms.NewMessageSid(), "+4520123456", "sent once, delivered many times");

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => _store.SaveSmsAsync(sms, triage: null, CancellationToken.None))));

        Assert.That(results.Count(result => result.Created), Is.EqualTo(1));
        Assert.That(results.Select(result => result.ContactId).Distinct(), Has.Exactly(1).Items);
        Assert.That(await _database.CountContacts(sms.MessageSid), Is.EqualTo(1));
    }

    [Test]
    public async Task Links_two_messages_from_one_caller_by_the_hash_alone()
    {
        var first = Sms(TwilioForms.NewMessageSid(), "+48500100200", "pierwsza");
        var second = Sms(TwilioForms.NewMessageSid(), "+48500100200", "druga");
        await _store.SaveSmsAsync(first, triage: null, CancellationToken.None);
        await _store.SaveSmsAsync(second, triage: null, CancellationToken.None);

        var a = await _store.FindBySourceSidAsync(first.MessageSid, CancellationToken.None);
        var b = await _store.FindBySourceSidAsync(second.MessageSid, CancellationToken.None);

        Assert.That(a!.CallerHash, Is.EqualTo(b!.CallerHash));
        Assert.That(a.CallerNumber, Is.Not.EqualTo(b.CallerNumber));
    }

    [Test]
    public async Task Finds_nothing_for_an_unknown_MessageSid()
    {
        Assert.That(await _store.FindBySourceSidAsync(TwilioForms.NewMessageSid(), CancellationToken.None), Is.Null);
    }

    SmsReceived Sms(string messageSid, string from, string body) => TestSms.Sealed(messageSid, from, body, _time.GetUtcNow());
}
