using Hotline.Configuration;
using Hotline.Duty;
using Hotline.Tests.Support;

namespace Hotline.Tests.Duty;

// Runs against SQLite always, and against SQL Server when HOTLINE_TEST_SQLSERVER names one:
// the list's query differs between the two (LIMIT and TOP).
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.SqlServer)]
public class DutyStoreTests(DatabaseKind kind)
{
    TestDirectory _directory = null!;
    DutyStore _store = null!;
    DutySeed _seed = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _directory = new TestDirectory();
        var database = TestDatabase.Create(kind, _directory);
        _store = new DutyStore(database);
        _seed = new DutySeed(database);
    }

    [TearDown]
    public void RemoveDatabase() => _directory.Dispose();

    [Test]
    public async Task Lists_what_was_sent_to_a_staff_member_since_an_instant_newest_first_up_to_the_limit()
    {
        var anna = await _seed.Staff("Anna Holm", Login("anna"));
        var bo = await _seed.Staff("Bo Lund", Login("bo"));
        var old = await _seed.AlertedContact([anna], DateTimeOffset.UtcNow.AddDays(-3));
        var middle = await _seed.AlertedContact([anna, bo], DateTimeOffset.UtcNow.AddDays(-2), channel: "voice");
        await _seed.AlertedContact([bo], DateTimeOffset.UtcNow.AddDays(-1));
        var newest = await _seed.AlertedContact([anna], DateTimeOffset.UtcNow.AddHours(-1));

        var sinceFourDays = await _store.ContactsAsync(anna.Id, coordinator: false, DateTimeOffset.UtcNow.AddDays(-4), 10, CancellationToken.None);
        var sinceTwoAndAHalf = await _store.ContactsAsync(anna.Id, coordinator: false, DateTimeOffset.UtcNow.AddDays(-2.5), 10, CancellationToken.None);
        var two = await _store.ContactsAsync(anna.Id, coordinator: false, DateTimeOffset.UtcNow.AddDays(-4), 2, CancellationToken.None);

        Assert.That(sinceFourDays.Select(contact => contact.ContactId), Is.EqualTo(new[] { newest.ContactId, middle.ContactId, old.ContactId }));
        Assert.That(sinceTwoAndAHalf.Select(contact => contact.ContactId), Is.EqualTo(new[] { newest.ContactId, middle.ContactId }));
        Assert.That(two.Select(contact => contact.ContactId), Is.EqualTo(new[] { newest.ContactId, middle.ContactId }));
        Assert.That(sinceFourDays[1].Channel, Is.EqualTo("voice"));
        Assert.That(sinceFourDays[1].Triage.Indicators, Is.EqualTo(new[] { "documents_taken", "unpaid_wages" }));
        Assert.That(sinceFourDays.Select(contact => contact.Alert.SentToMe), Is.All.True);
    }

    [Test]
    public async Task Lets_those_it_was_sent_to_and_coordinators_acknowledge_and_tells_an_unknown_alert()
    {
        var anna = await _seed.Staff("Anna Holm", Login("anna"));
        var bo = await _seed.Staff("Bo Lund", Login("bo"));
        var alert = await _seed.AlertedContact([anna], DateTimeOffset.UtcNow);

        Assert.That(await _store.AccessAsync(alert.AlertId, anna.Id, coordinator: false, CancellationToken.None), Is.EqualTo(AlertAccess.Allowed));
        Assert.That(await _store.AccessAsync(alert.AlertId, bo.Id, coordinator: false, CancellationToken.None), Is.EqualTo(AlertAccess.NotSentToThisPerson));
        Assert.That(await _store.AccessAsync(alert.AlertId, bo.Id, coordinator: true, CancellationToken.None), Is.EqualTo(AlertAccess.Allowed));
        Assert.That(await _store.AccessAsync(alert.AlertId + 1000, anna.Id, coordinator: true, CancellationToken.None), Is.EqualTo(AlertAccess.NoSuchAlert));
    }

    // A SQL Server database outlives the test: logins must not clash with an earlier run's.
    static string Login(string name) => $"{name}-{Guid.NewGuid():N}";
}
