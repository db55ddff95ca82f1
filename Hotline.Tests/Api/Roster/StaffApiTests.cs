using System.Net;
using System.Net.Http.Json;
using Hotline.Api.Roster;
using Hotline.Api.Staff;
using Hotline.Tests.Support;

namespace Hotline.Tests.Api.Roster;

public class StaffApiTests
{
    TestDirectory _directory = null!;
    HotlineApiFactory _api = null!;
    HttpClient _admin = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        _directory = new TestDirectory();
        _api = new HotlineApiFactory(_directory);
        _admin = _api.CreateClient().WithToken(TestTokens.For("karen", Roles.Admin));
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        _admin.Dispose();
        await _api.DisposeAsync();
        _directory.Dispose();
    }

    [Test]
    public async Task Creates_a_staff_member_and_answers_201_with_where_to_find_them()
    {
        var phone = RosterRequests.NextPhone();

        using var created = await _admin.PostAsJsonAsync("/api/staff", new StaffRequest(" Anna Holm ", phone, "anna@cmm.example", ["DA", "pl"], null, true));
        var body = await created.Content.ReadFromJsonAsync<StaffResponse>();
        var found = await _admin.GetFromJsonAsync<StaffResponse>(created.Headers.Location);

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(created.Headers.Location?.OriginalString, Is.EqualTo($"/api/staff/{body!.Id}"));
        Assert.That(body, Has.Property("Name").EqualTo("Anna Holm").And.Property("Phone").EqualTo(phone)
            .And.Property("Email").EqualTo("anna@cmm.example").And.Property("Active").True.And.Property("Coordinator").True);
        Assert.That(body.Languages, Is.EqualTo(new[] { "da", "pl" }));
        Assert.That(found, Is.EqualTo(body).UsingPropertiesComparer());
    }

    [Test]
    public async Task Lists_the_staff_with_their_phones_for_the_admin()
    {
        var bo = await _admin.CreateStaff("Bo Lund");

        var staff = await _admin.GetFromJsonAsync<List<StaffResponse>>("/api/staff");

        Assert.That(staff!.Single(member => member.Id == bo.Id).Phone, Is.EqualTo(bo.Phone));
    }

    [Test]
    public async Task Changes_a_staff_member_with_PUT()
    {
        var carl = await _admin.CreateStaff("Carl Berg");
        var newPhone = RosterRequests.NextPhone();

        using var changed = await _admin.PutAsJsonAsync($"/api/staff/{carl.Id}", new StaffRequest("Carl Berg", newPhone, null, ["en"], false, false));
        var found = await _admin.GetFromJsonAsync<StaffResponse>($"/api/staff/{carl.Id}");

        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(found, Has.Property("Phone").EqualTo(newPhone).And.Property("Active").False);
        Assert.That(found!.Languages, Is.EqualTo(new[] { "en" }));
    }

    [Test]
    public async Task Deletes_a_staff_member_who_never_had_a_shift()
    {
        var dorte = await _admin.CreateStaff("Dorte Juul");

        using var deleted = await _admin.DeleteAsync($"/api/staff/{dorte.Id}");
        using var found = await _admin.GetAsync($"/api/staff/{dorte.Id}");

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(found.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Deactivates_instead_of_deleting_a_staff_member_who_has_shifts()
    {
        var eva = await _admin.CreateStaff("Eva Mose");
        await _admin.CreateShift(eva.Id, "primary", "2026-03-02T08:00", "2026-03-02T16:00");

        using var deleted = await _admin.DeleteAsync($"/api/staff/{eva.Id}");
        var found = await _admin.GetFromJsonAsync<StaffResponse>($"/api/staff/{eva.Id}");

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(found!.Active, Is.False);
    }

    static IEnumerable<TestCaseData> InvalidStaff()
    {
        yield return new TestCaseData(new StaffRequest(null, "+4520123456", null, ["da"], null, null), "name").SetName("Answers 400 naming the name when it is missing");
        yield return new TestCaseData(new StaffRequest(new string('x', 201), "+4520123456", null, ["da"], null, null), "name").SetName("Answers 400 naming the name when it is too long");
        yield return new TestCaseData(new StaffRequest("Anna", "20123456", null, ["da"], null, null), "phone").SetName("Answers 400 naming the phone when it is not E.164");
        yield return new TestCaseData(new StaffRequest("Anna", null, null, ["da"], null, null), "phone").SetName("Answers 400 naming the phone when it is missing");
        yield return new TestCaseData(new StaffRequest("Anna", "+4520123456", "anna at cmm", ["da"], null, null), "email").SetName("Answers 400 naming the email when it is not an address");
        yield return new TestCaseData(new StaffRequest("Anna", "+4520123456", null, [], null, null), "languages").SetName("Answers 400 naming the languages when there are none");
        yield return new TestCaseData(new StaffRequest("Anna", "+4520123456", null, ["da", "dk"], null, null), "languages").SetName("Answers 400 naming the languages when a code is not ISO 639-1");
        yield return new TestCaseData(new StaffRequest("Anna", "+4520123456", null, ["da"], null, null, new string('x', 257)), "login").SetName("Answers 400 naming the login when it is too long");
    }

    [TestCaseSource(nameof(InvalidStaff))]
    public async Task Answers_400_naming_the_field(StaffRequest request, string field)
    {
        using var response = await _admin.PostAsJsonAsync("/api/staff", request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrors()).Keys, Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task Answers_409_when_another_staff_member_has_the_phone()
    {
        var frank = await _admin.CreateStaff("Frank Nielsen");

        using var response = await _admin.PostAsJsonAsync("/api/staff", new StaffRequest("Frank Again", frank.Phone, null, ["da"], null, null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Links_a_staff_member_to_a_login_and_changes_or_clears_it_with_PUT()
    {
        var phone = RosterRequests.NextPhone();

        using var created = await _admin.PostAsJsonAsync("/api/staff", new StaffRequest("Gitte Krogh", phone, null, ["da"], null, null, " gitte@cmm.example "));
        var gitte = (await created.Content.ReadFromJsonAsync<StaffResponse>())!;
        using var changed = await _admin.PutAsJsonAsync($"/api/staff/{gitte.Id}", new StaffRequest("Gitte Krogh", phone, null, ["da"], null, null, "gkr"));
        var afterChange = await _admin.GetFromJsonAsync<StaffResponse>($"/api/staff/{gitte.Id}");
        using var cleared = await _admin.PutAsJsonAsync($"/api/staff/{gitte.Id}", new StaffRequest("Gitte Krogh", phone, null, ["da"], null, null, " "));
        var afterClear = await _admin.GetFromJsonAsync<StaffResponse>($"/api/staff/{gitte.Id}");

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(gitte.Login, Is.EqualTo("gitte@cmm.example"));
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(afterChange!.Login, Is.EqualTo("gkr"));
        Assert.That(cleared.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(afterClear!.Login, Is.Null);
    }

    [Test]
    public async Task Answers_409_when_another_staff_member_has_the_login()
    {
        using var first = await _admin.PostAsJsonAsync("/api/staff", new StaffRequest("Hans Ravn", RosterRequests.NextPhone(), null, ["da"], null, null, "hans"));
        var ida = await _admin.CreateStaff("Ida Sand");

        using var second = await _admin.PostAsJsonAsync("/api/staff", new StaffRequest("Hans Again", RosterRequests.NextPhone(), null, ["da"], null, null, "hans"));
        using var changed = await _admin.PutAsJsonAsync($"/api/staff/{ida.Id}", new StaffRequest("Ida Sand", ida.Phone, null, ["da"], null, null, "hans"));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await second.Content.ReadAsStringAsync(), Does.Contain("login"));
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await _admin.GetFromJsonAsync<StaffResponse>($"/api/staff/{ida.Id}"))!.Login, Is.Null);
    }

    [Test]
    public async Task Answers_404_for_a_staff_id_that_does_not_exist()
    {
        using var get = await _admin.GetAsync("/api/staff/999999");
        using var put = await _admin.PutAsJsonAsync("/api/staff/999999", new StaffRequest("Nobody", RosterRequests.NextPhone(), null, ["da"], null, null));
        using var delete = await _admin.DeleteAsync("/api/staff/999999");

        Assert.That(new[] { get.StatusCode, put.StatusCode, delete.StatusCode }, Is.All.EqualTo(HttpStatusCode.NotFound));
    }
}
