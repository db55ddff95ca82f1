using System.Text;
using Dapper;
using Hotline.Configuration;
using Hotline.Data;
using Hotline.Privacy;
using Hotline.Roster;
using Hotline.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static Hotline.Tests.Roster.RosterTimes;

namespace Hotline.Tests.Roster;

// Runs against SQLite always, and against SQL Server when HOTLINE_TEST_SQLSERVER names one.
// The DST nights are those of 2026: 29 March (02:00 → 03:00) and 25 October (03:00 → 02:00).
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.SqlServer)]
public class RosterStoreTests(DatabaseKind kind)
{
    readonly PersonalDataProtector _protector = TestProtector.Create();
    readonly FakeTimeProvider _time = new(Utc(2026, 3, 1, 12));
    TestDirectory _directory = null!;
    HotlineDatabase _database = null!;
    RosterStore _store = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _directory = new TestDirectory();
        _database = TestDatabase.Create(kind, _directory);
        _store = new RosterStore(_database, _protector, _time);
    }

    [TearDown]
    public void RemoveDatabase() => _directory.Dispose();

    [Test]
    public async Task Stores_a_staff_phone_sealed_and_gives_it_back_decrypted()
    {
        var saved = await AddStaff("Anna Holm", "+4520123456", email: "anna@cmm.example", languages: ["da", "en"]);

        var found = await _store.FindStaffAsync(saved.Id, CancellationToken.None);
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        var raw = await connection.QuerySingleAsync<byte[]>("SELECT phone_number FROM staff WHERE id = @Id", new { saved.Id });

        Assert.That(found, Is.EqualTo(saved).UsingPropertiesComparer());
        Assert.That(found!.Phone, Is.EqualTo("+4520123456"));
        Assert.That(found.Email, Is.EqualTo("anna@cmm.example"));
        Assert.That(found.Languages, Is.EqualTo(new[] { "da", "en" }));
        Assert.That(Encoding.UTF8.GetString(raw), Does.Not.Contain("20123456"));
    }

    [Test]
    public async Task Finds_a_staff_member_by_the_hash_of_their_phone()
    {
        var anna = await AddStaff("Anna Holm", "+4520123456");
        await AddStaff("Bo Lund", "+4520999999");

        var found = await _store.FindStaffByPhoneHashAsync(_protector.HashPhoneNumber("+4520123456"), CancellationToken.None);
        var nobody = await _store.FindStaffByPhoneHashAsync(_protector.HashPhoneNumber("+4520000000"), CancellationToken.None);

        Assert.That(found?.Id, Is.EqualTo(anna.Id));
        Assert.That(nobody, Is.Null);
    }

    [Test]
    public async Task Refuses_a_second_staff_member_with_the_same_phone()
    {
        var anna = await AddStaff("Anna Holm", "+4520123456");
        var bo = await AddStaff("Bo Lund", "+4520999999");

        var added = await _store.AddStaffAsync(Entry("Anna Again", "+4520123456"), CancellationToken.None);
        var changed = await _store.UpdateStaffAsync(bo.Id, Entry("Bo Lund", "+4520123456"), CancellationToken.None);

        Assert.That(added.Outcome, Is.EqualTo(StaffSaveOutcome.PhoneTaken));
        Assert.That(changed.Outcome, Is.EqualTo(StaffSaveOutcome.PhoneTaken));
        Assert.That((await _store.ListStaffAsync(CancellationToken.None)).Select(staff => staff.Id), Is.EqualTo(new[] { anna.Id, bo.Id }));
    }

    [Test]
    public async Task Finds_a_staff_member_by_their_login_and_refuses_the_same_login_for_another()
    {
        var anna = (await _store.AddStaffAsync(Entry("Anna Holm", "+4520123456") with { Login = "anna" }, CancellationToken.None)).Staff!;
        var bo = await AddStaff("Bo Lund", "+4520999999");
        var carl = await AddStaff("Carl Berg", "+4520888888");

        var found = await _store.FindStaffByLoginAsync("anna", CancellationToken.None);
        var otherCase = await _store.FindStaffByLoginAsync("ANNA", CancellationToken.None);
        var added = await _store.AddStaffAsync(Entry("Anna Again", "+4520777777") with { Login = "anna" }, CancellationToken.None);
        var changed = await _store.UpdateStaffAsync(bo.Id, Entry("Bo Lund", "+4520999999") with { Login = "anna" }, CancellationToken.None);
        var withoutLogin = await _store.UpdateStaffAsync(carl.Id, Entry("Carl Berg", "+4520888888"), CancellationToken.None);

        Assert.That(found?.Id, Is.EqualTo(anna.Id));
        Assert.That(found!.Login, Is.EqualTo("anna"));
        Assert.That(otherCase, Is.Null);
        Assert.That(added.Outcome, Is.EqualTo(StaffSaveOutcome.LoginTaken));
        Assert.That(changed.Outcome, Is.EqualTo(StaffSaveOutcome.LoginTaken));
        Assert.That(withoutLogin.Outcome, Is.EqualTo(StaffSaveOutcome.Saved), "staff without a login do not clash");
    }

    [Test]
    public async Task Changes_a_staff_member_and_says_when_there_is_none()
    {
        var anna = await AddStaff("Anna Holm", "+4520123456");

        var changed = await _store.UpdateStaffAsync(anna.Id, Entry("Anna Holm-Berg", "+4520123457", languages: ["da", "pl"], coordinator: true), CancellationToken.None);
        var missing = await _store.UpdateStaffAsync(anna.Id + 100, Entry("Nobody", "+4520000000"), CancellationToken.None);

        Assert.That(changed.Staff, Is.EqualTo(new StaffRecord(anna.Id, "Anna Holm-Berg", "+4520123457", null, ["da", "pl"], true, true)).UsingPropertiesComparer());
        Assert.That(missing.Outcome, Is.EqualTo(StaffSaveOutcome.NotFound));
        Assert.That(await _store.FindStaffByPhoneHashAsync(_protector.HashPhoneNumber("+4520123456"), CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task Deletes_staff_without_shifts_and_deactivates_staff_with_shifts()
    {
        var anna = await AddStaff("Anna Holm", "+4520123456");
        var bo = await AddStaff("Bo Lund", "+4520999999");
        await AddShift(bo, ShiftRoles.Primary, Local(2026, 3, 2, 8), Local(2026, 3, 2, 16));

        var annaRemoved = await _store.RemoveStaffAsync(anna.Id, CancellationToken.None);
        var boRemoved = await _store.RemoveStaffAsync(bo.Id, CancellationToken.None);
        var unknown = await _store.RemoveStaffAsync(anna.Id, CancellationToken.None);

        Assert.That(annaRemoved, Is.EqualTo(StaffRemoval.Deleted));
        Assert.That(boRemoved, Is.EqualTo(StaffRemoval.Deactivated));
        Assert.That(unknown, Is.EqualTo(StaffRemoval.NotFound));
        Assert.That(await _store.FindStaffAsync(anna.Id, CancellationToken.None), Is.Null);
        Assert.That((await _store.FindStaffAsync(bo.Id, CancellationToken.None))!.Active, Is.False);
    }

    [Test]
    public async Task A_night_shift_from_22_to_07_lasts_8_hours_in_March_and_10_hours_in_October()
    {
        var anna = await AddStaff("Anna Holm", "+4520123456");
        var march = await AddShift(anna, ShiftRoles.Primary, Local(2026, 3, 28, 22), Local(2026, 3, 29, 7));
        var october = await AddShift(anna, ShiftRoles.Primary, Local(2026, 10, 24, 22), Local(2026, 10, 25, 7));

        var storedMarch = await _store.FindShiftAsync(march.Id, CancellationToken.None);
        var storedOctober = await _store.FindShiftAsync(october.Id, CancellationToken.None);

        Assert.That(storedMarch!.Start, Is.EqualTo(Utc(2026, 3, 28, 21)));
        Assert.That(storedMarch.End, Is.EqualTo(Utc(2026, 3, 29, 5)));
        Assert.That(storedMarch.End - storedMarch.Start, Is.EqualTo(TimeSpan.FromHours(8)));
        Assert.That(storedOctober!.Start, Is.EqualTo(Utc(2026, 10, 24, 20)));
        Assert.That(storedOctober.End, Is.EqualTo(Utc(2026, 10, 25, 6)));
        Assert.That(storedOctober.End - storedOctober.Start, Is.EqualTo(TimeSpan.FromHours(10)));
    }

    // Anna has the night, 22:00–07:00; Bo the morning from 07:00. UTC offsets: +1 before the
    // change, +2 after it.
    [TestCase(2026, 3, 29, 0, 59, 59, "Anna Holm", TestName = "On duty at 01:59:59 just before the spring change: Anna")]
    [TestCase(2026, 3, 29, 1, 0, 0, "Anna Holm", TestName = "On duty at 03:00 just after the spring change: Anna")]
    [TestCase(2026, 3, 29, 4, 59, 59, "Anna Holm", TestName = "On duty at 06:59:59 summer time: still Anna")]
    [TestCase(2026, 3, 29, 5, 0, 0, "Bo Lund", TestName = "On duty at 07:00 summer time: Bo, an hour earlier in UTC than the evening before")]
    public async Task On_duty_around_the_spring_change(int year, int month, int day, int hour, int minute, int second, string primary)
    {
        var anna = await AddStaff("Anna Holm", "+4520123456");
        var bo = await AddStaff("Bo Lund", "+4520999999");
        await AddShift(anna, ShiftRoles.Primary, Local(2026, 3, 28, 22), Local(2026, 3, 29, 7));
        await AddShift(bo, ShiftRoles.Primary, Local(2026, 3, 29, 7), Local(2026, 3, 29, 15));

        var onDuty = await _store.OnDutyAsync(Utc(year, month, day, hour, minute, second), CancellationToken.None);

        Assert.That(onDuty.Primaries.Select(member => member.Name), Is.EqualTo(new[] { primary }));
    }

    // Anna has the night, 22:00 summer time to 07:00 winter time; Bo the morning from 07:00.
    [TestCase(2026, 10, 25, 0, 59, 59, "Anna Holm", TestName = "On duty at the first 02:59:59 of the autumn change: Anna")]
    [TestCase(2026, 10, 25, 1, 0, 0, "Anna Holm", TestName = "On duty at the second 02:00 of the autumn change: Anna")]
    [TestCase(2026, 10, 25, 5, 30, 0, "Anna Holm", TestName = "On duty at 06:30 winter time: still Anna, though it would be 07:30 in summer time")]
    [TestCase(2026, 10, 25, 6, 0, 0, "Bo Lund", TestName = "On duty at 07:00 winter time: Bo")]
    public async Task On_duty_around_the_autumn_change(int year, int month, int day, int hour, int minute, int second, string primary)
    {
        var anna = await AddStaff("Anna Holm", "+4520123456");
        var bo = await AddStaff("Bo Lund", "+4520999999");
        await AddShift(anna, ShiftRoles.Primary, Local(2026, 10, 24, 22), Local(2026, 10, 25, 7));
        await AddShift(bo, ShiftRoles.Primary, Local(2026, 10, 25, 7), Local(2026, 10, 25, 15));

        var onDuty = await _store.OnDutyAsync(Utc(year, month, day, hour, minute, second), CancellationToken.None);

        Assert.That(onDuty.Primaries.Select(member => member.Name), Is.EqualTo(new[] { primary }));
    }

    [Test]
    public async Task On_duty_lists_backups_and_every_active_coordinator_but_no_inactive_staff()
    {
        var anna = await AddStaff("Anna Holm", "+4520123456", languages: ["da", "pl"]);
        var carl = await AddStaff("Carl Berg", "+4520222222");
        await AddStaff("Dorte Juul", "+4520333333", coordinator: true);
        await AddStaff("Eva Mose", "+4520444444", coordinator: true, active: false);
        var frank = await AddStaff("Frank Nielsen", "+4520555555");
        await AddShift(anna, ShiftRoles.Primary, Local(2026, 3, 2, 8), Local(2026, 3, 2, 16));
        await AddShift(carl, ShiftRoles.Backup, Local(2026, 3, 2, 8), Local(2026, 3, 2, 16));
        await AddShift(frank, ShiftRoles.Primary, Local(2026, 3, 2, 8), Local(2026, 3, 2, 16));
        await _store.RemoveStaffAsync(frank.Id, CancellationToken.None);

        var onDuty = await _store.OnDutyAsync(Local(2026, 3, 2, 12), CancellationToken.None);

        Assert.That(onDuty.Primaries, Has.Count.EqualTo(1));
        Assert.That(onDuty.Primaries[0], Has.Property("Name").EqualTo("Anna Holm").And.Property("Phone").EqualTo("+4520123456"));
        Assert.That(onDuty.Primaries[0].Languages, Is.EqualTo(new[] { "da", "pl" }));
        Assert.That(onDuty.Backups.Select(member => member.Name), Is.EqualTo(new[] { "Carl Berg" }));
        Assert.That(onDuty.Coordinators.Select(member => member.Name), Is.EqualTo(new[] { "Dorte Juul" }));
    }

    [Test]
    public async Task Nobody_is_on_duty_at_the_end_of_a_shift_which_is_exclusive()
    {
        var anna = await AddStaff("Anna Holm", "+4520123456");
        await AddShift(anna, ShiftRoles.Primary, Local(2026, 3, 2, 8), Local(2026, 3, 2, 16));

        var atStart = await _store.OnDutyAsync(Local(2026, 3, 2, 8), CancellationToken.None);
        var atEnd = await _store.OnDutyAsync(Local(2026, 3, 2, 16), CancellationToken.None);

        Assert.That(atStart.Primaries, Has.Count.EqualTo(1));
        Assert.That(atEnd.Primaries, Is.Empty);
        Assert.That(atEnd.Coordinators, Is.Empty);
    }

    [Test]
    public async Task Finds_exactly_the_hour_between_a_night_shift_and_a_late_morning_shift_on_the_spring_night()
    {
        var anna = await AddStaff("Anna Holm", "+4520123456");
        var bo = await AddStaff("Bo Lund", "+4520999999");
        await AddShift(anna, ShiftRoles.Primary, Local(2026, 3, 28, 22), Local(2026, 3, 29, 7));
        await AddShift(bo, ShiftRoles.Primary, Local(2026, 3, 29, 8), Local(2026, 3, 29, 15));

        var gaps = await _store.FindGapsAsync(Local(2026, 3, 28, 22), Local(2026, 3, 29, 15), CancellationToken.None);

        Assert.That(gaps, Is.EqualTo(new[] { new RosterGap(Utc(2026, 3, 29, 5), Utc(2026, 3, 29, 6)) }));
    }

    [Test]
    public async Task Finds_the_two_real_hours_between_02_and_03_on_the_autumn_night()
    {
        var anna = await AddStaff("Anna Holm", "+4520123456");
        var bo = await AddStaff("Bo Lund", "+4520999999");
        await AddShift(anna, ShiftRoles.Primary, Local(2026, 10, 24, 22), Local(2026, 10, 25, 2));
        await AddShift(bo, ShiftRoles.Primary, Local(2026, 10, 25, 3), Local(2026, 10, 25, 9));

        var gaps = await _store.FindGapsAsync(Local(2026, 10, 24, 22), Local(2026, 10, 25, 9), CancellationToken.None);

        Assert.That(gaps, Is.EqualTo(new[] { new RosterGap(Utc(2026, 10, 25, 0), Utc(2026, 10, 25, 2)) }));
    }

    [Test]
    public async Task Counts_only_active_primaries_as_cover()
    {
        var anna = await AddStaff("Anna Holm", "+4520123456");
        var carl = await AddStaff("Carl Berg", "+4520222222");
        var frank = await AddStaff("Frank Nielsen", "+4520555555");
        await AddShift(anna, ShiftRoles.Primary, Local(2026, 10, 24, 22), Local(2026, 10, 25, 7));
        await AddShift(carl, ShiftRoles.Backup, Local(2026, 10, 25, 7), Local(2026, 10, 25, 8));
        await AddShift(frank, ShiftRoles.Primary, Local(2026, 10, 25, 7), Local(2026, 10, 25, 8));
        await _store.RemoveStaffAsync(frank.Id, CancellationToken.None);
        await AddShift(anna, ShiftRoles.Primary, Local(2026, 10, 25, 8), Local(2026, 10, 25, 16));

        var gaps = await _store.FindGapsAsync(Utc(2026, 10, 24, 12), Utc(2026, 10, 25, 15), CancellationToken.None);

        Assert.That(gaps, Is.EqualTo(new[]
        {
            new RosterGap(Utc(2026, 10, 24, 12), Utc(2026, 10, 24, 20)),
            new RosterGap(Utc(2026, 10, 25, 6), Utc(2026, 10, 25, 7)),
        }));
    }

    [Test]
    public async Task Lists_the_shifts_that_overlap_a_period()
    {
        var anna = await AddStaff("Anna Holm", "+4520123456");
        var early = await AddShift(anna, ShiftRoles.Primary, Local(2026, 3, 2, 0), Local(2026, 3, 2, 8));
        var day = await AddShift(anna, ShiftRoles.Primary, Local(2026, 3, 2, 8), Local(2026, 3, 2, 16));
        var late = await AddShift(anna, ShiftRoles.Backup, Local(2026, 3, 2, 16), Local(2026, 3, 3, 0));

        var overlapping = await _store.ListShiftsAsync(Local(2026, 3, 2, 8), Local(2026, 3, 2, 16, 1), CancellationToken.None);
        var all = await _store.ListShiftsAsync(null, null, CancellationToken.None);

        Assert.That(overlapping.Select(shift => shift.Id), Is.EqualTo(new[] { day.Id, late.Id }));
        Assert.That(all.Select(shift => shift.Id), Is.EqualTo(new[] { early.Id, day.Id, late.Id }));
        Assert.That(all[2], Has.Property("StaffName").EqualTo("Anna Holm").And.Property("Role").EqualTo(ShiftRoles.Backup));
    }

    [Test]
    public async Task An_imported_shift_is_updated_by_its_UID_not_added_again()
    {
        var anna = await AddStaff("Anna Holm", "+4520123456");
        var bo = await AddStaff("Bo Lund", "+4520999999");

        var first = await _store.SaveImportedShiftAsync("night-1@cmm", new ShiftEntry(anna.Id, ShiftRoles.Primary, Local(2026, 3, 2, 22), Local(2026, 3, 3, 7)), CancellationToken.None);
        var second = await _store.SaveImportedShiftAsync("night-1@cmm", new ShiftEntry(bo.Id, ShiftRoles.Backup, Local(2026, 3, 2, 23), Local(2026, 3, 3, 7)), CancellationToken.None);
        var shifts = await _store.ListShiftsAsync(null, null, CancellationToken.None);

        Assert.That(first, Is.True);
        Assert.That(second, Is.False);
        Assert.That(shifts, Has.Count.EqualTo(1));
        Assert.That(shifts[0], Has.Property("StaffId").EqualTo(bo.Id).And.Property("Role").EqualTo(ShiftRoles.Backup)
            .And.Property("Start").EqualTo(Local(2026, 3, 2, 23)).And.Property("SourceUid").EqualTo("night-1@cmm"));
    }

    [Test]
    public async Task Changes_and_deletes_a_shift_and_says_when_there_is_none()
    {
        var anna = await AddStaff("Anna Holm", "+4520123456");
        var shift = await AddShift(anna, ShiftRoles.Primary, Local(2026, 3, 2, 8), Local(2026, 3, 2, 16));

        var changed = await _store.UpdateShiftAsync(shift.Id, new ShiftEntry(anna.Id, ShiftRoles.Backup, Local(2026, 3, 2, 9), Local(2026, 3, 2, 17)), CancellationToken.None);
        var deleted = await _store.DeleteShiftAsync(shift.Id, CancellationToken.None);

        Assert.That(changed, Has.Property("Role").EqualTo(ShiftRoles.Backup).And.Property("End").EqualTo(Local(2026, 3, 2, 17)));
        Assert.That(deleted, Is.True);
        Assert.That(await _store.FindShiftAsync(shift.Id, CancellationToken.None), Is.Null);
        Assert.That(await _store.DeleteShiftAsync(shift.Id, CancellationToken.None), Is.False);
        Assert.That(await _store.UpdateShiftAsync(shift.Id, new ShiftEntry(anna.Id, ShiftRoles.Primary, Local(2026, 3, 2, 9), Local(2026, 3, 2, 17)), CancellationToken.None), Is.Null);
    }

    static StaffEntry Entry(string name, string phone, string? email = null, string[]? languages = null, bool active = true, bool coordinator = false) =>
        new(name, phone, email, languages ?? ["da"], active, coordinator);

    async Task<StaffRecord> AddStaff(string name, string phone, string? email = null, string[]? languages = null, bool active = true, bool coordinator = false)
    {
        var result = await _store.AddStaffAsync(Entry(name, phone, email, languages, active, coordinator), CancellationToken.None);
        return result.Staff ?? throw new InvalidOperationException($"{name} was not stored: {result.Outcome}");
    }

    Task<ShiftRecord> AddShift(StaffRecord staff, string role, DateTimeOffset start, DateTimeOffset end) =>
        _store.AddShiftAsync(new ShiftEntry(staff.Id, role, start, end), CancellationToken.None);
}
