using Hotline.Configuration;
using Hotline.Data;
using Hotline.Roster;
using Hotline.Tests.Support;
using Hotline.Voice;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Tests.Voice;

// The roster as a live call reads it: cached, and never an exception for the caller.
public class VoiceRosterTests
{
    const string Anna = "+4520000001";
    const string Bo = "+4520000002";
    const string Fallback = "+4533000000";

    readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero));
    TestDirectory _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = new TestDirectory();

    [TearDown]
    public void RemoveDirectory() => _directory.Dispose();

    [Test]
    public async Task Reads_the_roster_once_per_cache_period_and_again_after_it()
    {
        var database = TestDatabase.Create(DatabaseKind.Sqlite, _directory);
        var store = new RosterStore(database, TestProtector.Create(), _time);
        var anna = await Primary(store, "Anna", Anna, _time.GetUtcNow().AddHours(-1), _time.GetUtcNow().AddHours(1));
        var roster = Roster(store, new VoiceOptions { RosterCacheDuration = TimeSpan.FromSeconds(15) });

        var first = await roster.RouteAsync("da", CancellationToken.None);
        await store.DeleteShiftAsync(anna.ShiftId, CancellationToken.None);
        var bo = await Primary(store, "Bo", Bo, _time.GetUtcNow().AddHours(-1), _time.GetUtcNow().AddHours(1));
        _time.Advance(TimeSpan.FromSeconds(14));
        var cached = await roster.RouteAsync("da", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        var reread = await roster.RouteAsync("da", CancellationToken.None);

        Assert.That(first, Is.EqualTo(new VoiceRoute(Anna, anna.StaffId)));
        Assert.That(cached, Is.EqualTo(first), "read again within the cache period");
        Assert.That(reread, Is.EqualTo(new VoiceRoute(Bo, bo.StaffId)));
    }

    [Test]
    public async Task Picks_the_primary_who_speaks_the_callers_language()
    {
        var database = TestDatabase.Create(DatabaseKind.Sqlite, _directory);
        var store = new RosterStore(database, TestProtector.Create(), _time);
        await Primary(store, "Anna", Anna, _time.GetUtcNow().AddHours(-1), _time.GetUtcNow().AddHours(1), "da");
        var bo = await Primary(store, "Bo", Bo, _time.GetUtcNow().AddHours(-1), _time.GetUtcNow().AddHours(1), "pl");

        var route = await Roster(store, new VoiceOptions()).RouteAsync("pl", CancellationToken.None);

        Assert.That(route, Is.EqualTo(new VoiceRoute(Bo, bo.StaffId)));
    }

    [Test]
    public async Task Goes_to_voicemail_when_nobody_is_on_duty()
    {
        var database = TestDatabase.Create(DatabaseKind.Sqlite, _directory);
        var store = new RosterStore(database, TestProtector.Create(), _time);
        await Primary(store, "Anna", Anna, _time.GetUtcNow().AddHours(1), _time.GetUtcNow().AddHours(9));

        var route = await Roster(store, new VoiceOptions { FallbackNumber = Fallback }).RouteAsync("da", CancellationToken.None);

        Assert.That(route.IsVoicemail, Is.True, "an empty roster is not a database failure: the fallback is not for it");
    }

    [Test]
    public async Task Dials_the_fallback_number_when_the_database_cannot_be_opened()
    {
        var route = await Roster(new RosterStore(UnreachableDatabase(), TestProtector.Create(), _time), new VoiceOptions { FallbackNumber = Fallback })
            .RouteAsync("da", CancellationToken.None);

        Assert.That(route, Is.EqualTo(new VoiceRoute(Fallback, null)));
    }

    [Test]
    public async Task Goes_to_voicemail_when_the_database_cannot_be_opened_and_no_fallback_is_set()
    {
        var route = await Roster(new RosterStore(UnreachableDatabase(), TestProtector.Create(), _time), new VoiceOptions())
            .RouteAsync("da", CancellationToken.None);

        Assert.That(route.IsVoicemail, Is.True);
    }

    VoiceRoster Roster(RosterStore store, VoiceOptions options) =>
        new(store, Options.Create(options), _time, NullLogger<VoiceRoster>.Instance);

    // A file in a folder that does not exist, opened without permission to create it.
    HotlineDatabase UnreachableDatabase()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{ConnectionStrings.Hotline}"] = $"Data Source={Path.Combine(_directory.Path, "missing", "hotline.db")};Mode=ReadWrite",
            })
            .Build();
        return new HotlineDatabase(Options.Create(new HotlineOptions { Database = DatabaseKind.Sqlite, DataDirectory = _directory.Path }), configuration);
    }

    static async Task<(long StaffId, long ShiftId)> Primary(RosterStore store, string name, string phone, DateTimeOffset start, DateTimeOffset end, string language = "da")
    {
        var staff = await store.AddStaffAsync(new StaffEntry(name, phone, null, [language], Active: true, Coordinator: false), CancellationToken.None);
        var shift = await store.AddShiftAsync(new ShiftEntry(staff.Staff!.Id, ShiftRoles.Primary, start, end), CancellationToken.None);
        return (staff.Staff.Id, shift.Id);
    }
}
