using Hotline.Configuration;
using Hotline.Roster;
using Hotline.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static Hotline.Tests.Roster.RosterTimes;

namespace Hotline.Tests.Roster;

public class CalendarImporterTests
{
    TestDirectory _directory = null!;
    RosterStore _store = null!;
    CalendarImporter _importer = null!;
    StaffRecord _anna = null!;
    StaffRecord _bo = null!;

    [SetUp]
    public async Task CreateRoster()
    {
        _directory = new TestDirectory();
        _store = new RosterStore(TestDatabase.Create(DatabaseKind.Sqlite, _directory), TestProtector.Create(), new FakeTimeProvider(Utc(2026, 10, 1, 12)));
        _importer = new CalendarImporter(_store);
        _anna = (await _store.AddStaffAsync(new StaffEntry("Anna Holm", "+4520123456", RosterCalendars.AnnaEmail, ["da"], true, false), CancellationToken.None)).Staff!;
        _bo = (await _store.AddStaffAsync(new StaffEntry("Bo Lund", RosterCalendars.BoPhone, null, ["da", "en"], true, false), CancellationToken.None)).Staff!;
    }

    [TearDown]
    public void RemoveRoster() => _directory.Dispose();

    [Test]
    public async Task Turns_each_mappable_event_into_a_shift_at_the_right_instants()
    {
        var report = await _importer.ImportAsync(RosterCalendars.Autumn(), CancellationToken.None);
        var shifts = (await _store.ListShiftsAsync(null, null, CancellationToken.None)).ToDictionary(shift => shift.SourceUid!);

        Assert.That(report, Has.Property("Created").EqualTo(4).And.Property("Updated").EqualTo(0));
        Assert.That(shifts["night-2026-10-24@vagtplan.cmm.example"], Is.EqualTo(
            new ShiftRecord(shifts["night-2026-10-24@vagtplan.cmm.example"].Id, _anna.Id, "Anna Holm", ShiftRoles.Primary, Utc(2026, 10, 24, 20), Utc(2026, 10, 25, 6), "night-2026-10-24@vagtplan.cmm.example")));
        Assert.That(shifts["backup-2026-10-24@vagtplan.cmm.example"], Has.Property("StaffId").EqualTo(_bo.Id).And.Property("Role").EqualTo(ShiftRoles.Backup));
        Assert.That(shifts["day-2026-10-25@vagtplan.cmm.example"], Has.Property("StaffId").EqualTo(_bo.Id)
            .And.Property("Role").EqualTo(ShiftRoles.Primary).And.Property("Start").EqualTo(Utc(2026, 10, 25, 6)));
        Assert.That(shifts["day-2026-10-26@vagtplan.cmm.example"], Has.Property("StaffId").EqualTo(_anna.Id)
            .And.Property("Start").EqualTo(Utc(2026, 10, 26, 6)).And.Property("End").EqualTo(Utc(2026, 10, 26, 14)));
    }

    [Test]
    public async Task Reports_each_event_it_cannot_map_with_the_reason()
    {
        var report = await _importer.ImportAsync(RosterCalendars.Autumn(), CancellationToken.None);
        var reasons = report.Skipped.ToDictionary(skipped => skipped.Uid!, skipped => skipped.Reason);

        Assert.That(reasons.Keys, Is.EquivalentTo(new[]
        {
            "day-2026-10-27@vagtplan.cmm.example",
            "spring-2026-03-29@vagtplan.cmm.example",
            "holiday-2026-10-31@vagtplan.cmm.example",
        }));
        Assert.That(reasons["day-2026-10-27@vagtplan.cmm.example"], Does.Contain("No staff member"));
        Assert.That(reasons["spring-2026-03-29@vagtplan.cmm.example"], Does.Contain("does not exist"));
        Assert.That(reasons["holiday-2026-10-31@vagtplan.cmm.example"], Does.Contain("all-day"));
        Assert.That(report.Skipped.Single(skipped => skipped.Uid == "day-2026-10-27@vagtplan.cmm.example").Summary, Is.EqualTo("Dagvagt Mads (vikar)"));
    }

    [Test]
    public async Task A_second_import_updates_the_same_shifts_instead_of_adding_them_again()
    {
        await _importer.ImportAsync(RosterCalendars.Autumn(), CancellationToken.None);
        var before = await _store.ListShiftsAsync(null, null, CancellationToken.None);

        var again = await _importer.ImportAsync(RosterCalendars.Autumn(), CancellationToken.None);
        var after = await _store.ListShiftsAsync(null, null, CancellationToken.None);

        Assert.That(again, Has.Property("Created").EqualTo(0).And.Property("Updated").EqualTo(4));
        Assert.That(after, Is.EqualTo(before));
    }

    [Test]
    public async Task A_cancelled_event_removes_the_shift_it_made()
    {
        await _importer.ImportAsync(RosterCalendars.Autumn(), CancellationToken.None);

        var report = await _importer.ImportAsync(RosterCalendars.Autumn(nightStatus: "CANCELLED"), CancellationToken.None);
        var shifts = await _store.ListShiftsAsync(null, null, CancellationToken.None);

        Assert.That(report.Removed, Is.EqualTo(1));
        Assert.That(shifts.Select(shift => shift.SourceUid), Has.None.EqualTo("night-2026-10-24@vagtplan.cmm.example").And.Count.EqualTo(3));
    }

    [Test]
    public async Task Skips_an_event_that_names_two_staff_members_or_an_inactive_one_or_is_too_long_or_has_too_long_a_UID()
    {
        await _store.AddStaffAsync(new StaffEntry("Carl Berg", "+4520222222", null, ["da"], false, false), CancellationToken.None);
        var calendar = RosterCalendars.Lines(
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
            "BEGIN:VEVENT", "UID:both@test", "DTSTART:20261102T070000Z", "DTEND:20261102T150000Z", "SUMMARY:Anna Holm / Bo Lund", "END:VEVENT",
            "BEGIN:VEVENT", "UID:carl@test", "DTSTART:20261102T070000Z", "DTEND:20261102T150000Z", "SUMMARY:Carl Berg", "END:VEVENT",
            "BEGIN:VEVENT", "UID:long@test", "DTSTART:20261102T070000Z", "DTEND:20261112T150000Z", "SUMMARY:Anna Holm", "END:VEVENT",
            "BEGIN:VEVENT", $"UID:{new string('u', 256)}", "DTSTART:20261102T070000Z", "DTEND:20261102T150000Z", "SUMMARY:Anna Holm", "END:VEVENT",
            "END:VCALENDAR");

        var report = await _importer.ImportAsync(calendar, CancellationToken.None);

        Assert.That(report.Imported, Is.Zero);
        Assert.That(report.Skipped.Select(skipped => skipped.Reason), Is.EqualTo(new[]
        {
            "It matches more than one staff member: Anna Holm, Bo Lund.",
            "The staff member it names (Carl Berg) is not active.",
            "A shift may last at most 7 days.",
            "The event's UID is longer than 255 characters.",
        }));
    }

    [Test]
    public void Refuses_text_that_is_not_a_calendar()
    {
        Assert.That(async () => await _importer.ImportAsync("Anna: nat 22-07", CancellationToken.None), Throws.InstanceOf<FormatException>());
    }
}
