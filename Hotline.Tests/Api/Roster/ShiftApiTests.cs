using System.Net;
using System.Net.Http.Json;
using Hotline.Api.Roster;
using Hotline.Api.Staff;
using Hotline.Tests.Support;
using static Hotline.Tests.Roster.RosterTimes;

namespace Hotline.Tests.Api.Roster;

public class ShiftApiTests
{
    static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    TestDirectory _directory = null!;
    HotlineApiFactory _api = null!;
    HttpClient _admin = null!;
    StaffResponse _anna = null!;

    [OneTimeSetUp]
    public async Task StartApi()
    {
        _directory = new TestDirectory();
        _api = new HotlineApiFactory(_directory);
        _admin = _api.CreateClient().WithToken(TestTokens.For("karen", Roles.Admin));
        _anna = await _admin.CreateStaff("Anna Holm");
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        _admin.Dispose();
        await _api.DisposeAsync();
        _directory.Dispose();
    }

    [Test]
    public async Task A_night_shift_across_the_spring_change_lasts_8_hours()
    {
        using var response = await _admin.PostAsJsonAsync("/api/shifts", new ShiftRequest(_anna.Id, "primary", "2026-03-28T22:00", "2026-03-29T07:00"));
        var shift = await response.Content.ReadFromJsonAsync<ShiftResponse>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo($"/api/shifts/{shift!.Id}"));
        Assert.That(shift, Has.Property("StaffId").EqualTo(_anna.Id).And.Property("StaffName").EqualTo("Anna Holm").And.Property("Role").EqualTo("primary"));
        Assert.That(shift.StartUtc, Is.EqualTo(Utc(2026, 3, 28, 21)));
        Assert.That(shift.EndUtc, Is.EqualTo(Utc(2026, 3, 29, 5)));
        Assert.That(shift.StartLocal, Has.Property("Hour").EqualTo(22).And.Property("Offset").EqualTo(Winter));
        Assert.That(shift.EndLocal, Has.Property("Hour").EqualTo(7).And.Property("Offset").EqualTo(Summer));
        Assert.That(shift.Hours, Is.EqualTo(8));
    }

    [Test]
    public async Task A_night_shift_across_the_autumn_change_lasts_10_hours()
    {
        var shift = await _admin.CreateShift(_anna.Id, "backup", "2026-10-24T22:00", "2026-10-25T07:00");

        Assert.That(shift.StartUtc, Is.EqualTo(Utc(2026, 10, 24, 20)));
        Assert.That(shift.EndUtc, Is.EqualTo(Utc(2026, 10, 25, 6)));
        Assert.That(shift.StartLocal.Offset, Is.EqualTo(Summer));
        Assert.That(shift.EndLocal.Offset, Is.EqualTo(Winter));
        Assert.That(shift.Hours, Is.EqualTo(10));
    }

    [Test]
    public async Task Refuses_a_start_the_spring_change_skips_with_400_naming_the_start()
    {
        using var response = await _admin.PostAsJsonAsync("/api/shifts", new ShiftRequest(_anna.Id, "primary", "2026-03-29T02:30", "2026-03-29T08:00"));
        var errors = await response.ValidationErrors();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.Keys, Is.EqualTo(new[] { "start" }));
        Assert.That(errors["start"][0], Does.Contain("2026-03-29T02:30 does not exist in Europe/Copenhagen"));
    }

    [Test]
    public async Task Takes_the_first_02_30_of_the_autumn_night_unless_an_offset_picks_the_second()
    {
        var first = await _admin.CreateShift(_anna.Id, "primary", "2026-10-25T02:30", "2026-10-25T08:00");
        var second = await _admin.CreateShift(_anna.Id, "primary", "2026-10-25T02:30+01:00", "2026-10-25T08:00");

        Assert.That(first.StartUtc, Is.EqualTo(Utc(2026, 10, 25, 0, 30)));
        Assert.That(first.StartLocal, Has.Property("Hour").EqualTo(2).And.Property("Offset").EqualTo(Summer));
        Assert.That(second.StartUtc, Is.EqualTo(Utc(2026, 10, 25, 1, 30)));
        Assert.That(second.StartLocal, Has.Property("Hour").EqualTo(2).And.Property("Offset").EqualTo(Winter));
        Assert.That(first.Hours - second.Hours, Is.EqualTo(1));
    }

    static IEnumerable<TestCaseData> InvalidShifts()
    {
        yield return new TestCaseData(new ShiftRequest(null, "primary", "2026-05-01T08:00", "2026-05-01T16:00"), "staffId").SetName("Answers 400 naming the staff id when it is missing");
        yield return new TestCaseData(new ShiftRequest(999999, "primary", "2026-05-01T08:00", "2026-05-01T16:00"), "staffId").SetName("Answers 400 naming the staff id when nobody has it");
        yield return new TestCaseData(new ShiftRequest(0, "boss", "2026-05-01T08:00", "2026-05-01T16:00"), "role").SetName("Answers 400 naming the role when it is neither primary nor backup");
        yield return new TestCaseData(new ShiftRequest(0, "primary", null, "2026-05-01T16:00"), "start").SetName("Answers 400 naming the start when it is missing");
        yield return new TestCaseData(new ShiftRequest(0, "primary", "1 May 8am", "2026-05-01T16:00"), "start").SetName("Answers 400 naming the start when it is not ISO 8601");
        yield return new TestCaseData(new ShiftRequest(0, "primary", "2026-05-01T16:00", "2026-05-01T08:00"), "end").SetName("Answers 400 naming the end when it is before the start");
        yield return new TestCaseData(new ShiftRequest(0, "primary", "2026-05-01T08:00", "2026-05-01T08:00"), "end").SetName("Answers 400 naming the end when it is the start");
        yield return new TestCaseData(new ShiftRequest(0, "primary", "2026-05-01T08:00", "2026-05-08T08:01"), "end").SetName("Answers 400 naming the end when the shift is longer than 7 days");
    }

    // Staff id 0 in a case means Anna, who exists and is active.
    [TestCaseSource(nameof(InvalidShifts))]
    public async Task Answers_400_naming_the_field(ShiftRequest request, string field)
    {
        var sent = request.StaffId == 0 ? request with { StaffId = _anna.Id } : request;

        using var response = await _admin.PostAsJsonAsync("/api/shifts", sent);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrors()).Keys, Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task Answers_400_naming_the_staff_id_of_an_inactive_staff_member()
    {
        var bo = await _admin.CreateStaff("Bo Lund");
        using var deactivated = await _admin.PutAsJsonAsync($"/api/staff/{bo.Id}", new StaffRequest(bo.Name, bo.Phone, null, ["da"], false, false));

        using var response = await _admin.PostAsJsonAsync("/api/shifts", new ShiftRequest(bo.Id, "primary", "2026-05-01T08:00", "2026-05-01T16:00"));
        var errors = await response.ValidationErrors();

        Assert.That(deactivated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors["staffId"][0], Does.Contain("not active"));
    }

    [Test]
    public async Task Lists_the_shifts_that_overlap_from_and_to()
    {
        var carl = await _admin.CreateStaff("Carl Berg");
        var monday = await _admin.CreateShift(carl.Id, "primary", "2026-06-01T08:00", "2026-06-01T16:00");
        var tuesday = await _admin.CreateShift(carl.Id, "primary", "2026-06-02T08:00", "2026-06-02T16:00");
        await _admin.CreateShift(carl.Id, "primary", "2026-06-03T08:00", "2026-06-03T16:00");

        var listed = await _admin.GetFromJsonAsync<List<ShiftResponse>>("/api/shifts?from=2026-06-01T12:00&to=2026-06-02T10:00%2B02:00");

        Assert.That(listed!.Select(shift => shift.Id), Is.EqualTo(new[] { monday.Id, tuesday.Id }));
    }

    [Test]
    public async Task Answers_400_naming_a_list_bound_that_is_not_a_time()
    {
        using var response = await _admin.GetAsync("/api/shifts?from=yesterday");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrors()).Keys, Is.EqualTo(new[] { "from" }));
    }

    [Test]
    public async Task Changes_a_shift_with_PUT_and_deletes_it()
    {
        var shift = await _admin.CreateShift(_anna.Id, "primary", "2026-07-01T08:00", "2026-07-01T16:00");

        using var changed = await _admin.PutAsJsonAsync($"/api/shifts/{shift.Id}", new ShiftRequest(_anna.Id, "backup", "2026-07-01T09:00", "2026-07-01T17:00"));
        var found = await _admin.GetFromJsonAsync<ShiftResponse>($"/api/shifts/{shift.Id}");
        using var deleted = await _admin.DeleteAsync($"/api/shifts/{shift.Id}");
        using var gone = await _admin.GetAsync($"/api/shifts/{shift.Id}");

        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(found, Has.Property("Role").EqualTo("backup").And.Property("StartUtc").EqualTo(Utc(2026, 7, 1, 7)));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Answers_404_for_a_shift_id_that_does_not_exist()
    {
        using var get = await _admin.GetAsync("/api/shifts/999999");
        using var put = await _admin.PutAsJsonAsync("/api/shifts/999999", new ShiftRequest(_anna.Id, "primary", "2026-07-01T09:00", "2026-07-01T17:00"));
        using var delete = await _admin.DeleteAsync("/api/shifts/999999");

        Assert.That(new[] { get.StatusCode, put.StatusCode, delete.StatusCode }, Is.All.EqualTo(HttpStatusCode.NotFound));
    }
}
