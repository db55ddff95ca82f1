using System.Net;
using System.Net.Http.Json;
using System.Text;
using Hotline.Api.Roster;
using Hotline.Api.Staff;
using Hotline.Roster;
using Hotline.Tests.Roster;
using Hotline.Tests.Support;

namespace Hotline.Tests.Api.Roster;

public class CalendarImportApiTests
{
    TestDirectory _directory = null!;
    HotlineApiFactory _api = null!;
    HttpClient _admin = null!;

    // A fresh API and roster for each test: imports are idempotent by UID across the database.
    [SetUp]
    public async Task StartApi()
    {
        _directory = new TestDirectory();
        _api = new HotlineApiFactory(_directory);
        _admin = _api.CreateClient().WithToken(TestTokens.For("karen", Roles.Admin));
        await _admin.CreateStaff("Anna Holm", email: RosterCalendars.AnnaEmail);
        await _admin.CreateStaff("Bo Lund", phone: RosterCalendars.BoPhone);
    }

    [TearDown]
    public async Task StopApi()
    {
        _admin.Dispose();
        await _api.DisposeAsync();
        _directory.Dispose();
    }

    [Test]
    public async Task Importing_the_same_calendar_twice_updates_the_shifts_and_adds_none()
    {
        using var first = await _admin.PostAsync("/api/shifts/import", Calendar(RosterCalendars.Autumn()));
        var firstReport = await first.Content.ReadFromJsonAsync<ImportReport>();
        using var second = await _admin.PostAsync("/api/shifts/import", Calendar(RosterCalendars.Autumn()));
        var secondReport = await second.Content.ReadFromJsonAsync<ImportReport>();
        var shifts = (await _admin.GetFromJsonAsync<List<ShiftResponse>>("/api/shifts"))!;

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(firstReport, Has.Property("Created").EqualTo(4).And.Property("Updated").EqualTo(0));
        Assert.That(firstReport!.Skipped, Has.Count.EqualTo(3));
        Assert.That(secondReport, Has.Property("Created").EqualTo(0).And.Property("Updated").EqualTo(4));
        Assert.That(shifts.Select(shift => shift.SourceUid).ToList(), Is.Unique.And.Count.EqualTo(4));
        Assert.That(shifts.Single(shift => shift.SourceUid == "night-2026-10-24@vagtplan.cmm.example").Hours, Is.EqualTo(10));
    }

    [Test]
    public async Task Tells_which_events_it_could_not_map_and_why()
    {
        using var response = await _admin.PostAsync("/api/shifts/import", Calendar(RosterCalendars.Autumn()));
        var report = await response.Content.ReadFromJsonAsync<ImportReport>();

        Assert.That(report!.Skipped.Select(skipped => skipped.Summary), Is.EquivalentTo(new[] { "Dagvagt Mads (vikar)", "Anna Holm", "Anna Holm fri" }));
        Assert.That(report.Skipped.Select(skipped => skipped.Reason), Has.All.Not.Empty);
    }

    [Test]
    public async Task Imports_a_calendar_published_at_a_URL()
    {
        await using var server = await CalendarServer.StartAsync("/vagtplan.ics", RosterCalendars.Autumn());

        using var response = await _admin.PostAsJsonAsync("/api/shifts/import", new ImportUrlRequest(new Uri(server.BaseAddress, "/vagtplan.ics").ToString()));
        var report = await response.Content.ReadFromJsonAsync<ImportReport>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(report, Has.Property("Created").EqualTo(4));
    }

    [Test]
    public async Task Answers_400_naming_the_url_when_the_calendar_cannot_be_fetched()
    {
        await using var server = await CalendarServer.StartAsync("/vagtplan.ics", RosterCalendars.Autumn());

        using var missing = await _admin.PostAsJsonAsync("/api/shifts/import", new ImportUrlRequest(new Uri(server.BaseAddress, "/other.ics").ToString()));
        using var notHttp = await _admin.PostAsJsonAsync("/api/shifts/import", new ImportUrlRequest("file:///etc/passwd"));

        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await missing.ValidationErrors())["url"][0], Does.Contain("404"));
        Assert.That(notHttp.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await notHttp.ValidationErrors()).Keys, Is.EqualTo(new[] { "url" }));
    }

    [Test]
    public async Task Answers_400_naming_the_calendar_when_the_body_is_not_one()
    {
        using var response = await _admin.PostAsync("/api/shifts/import", Calendar("Anna: nat 22-07"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrors()).Keys, Is.EqualTo(new[] { "calendar" }));
    }

    [Test]
    public async Task Answers_415_to_a_body_that_is_neither_a_calendar_nor_JSON()
    {
        using var response = await _admin.PostAsync("/api/shifts/import", new StringContent("<roster/>", Encoding.UTF8, "application/xml"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
    }

    static StringContent Calendar(string text) => new(text, Encoding.UTF8, "text/calendar");
}
