using System.Net;
using System.Net.Http.Json;
using Hotline.Api.Roster;
using Hotline.Audit;
using Hotline.Tests.Api.Roster;
using Hotline.Tests.Support;

namespace Hotline.Tests.Api.Audit;

public class AuditEndpointsTests
{
    TestDirectory _directory = null!;
    HotlineApiFactory _api = null!;
    HttpClient _admin = null!;

    [SetUp]
    public void StartApi()
    {
        _directory = new TestDirectory();
        _api = new HotlineApiFactory(_directory);
        _admin = _api.CreateClient().WithToken(TestTokens.For("anna", "admin"));
    }

    [TearDown]
    public async Task StopApi()
    {
        _admin.Dispose();
        await _api.DisposeAsync();
        _directory.Dispose();
    }

    async Task<AuditPage> Audit(string query = "")
    {
        using var response = await _admin.GetAsync(new Uri("/api/audit" + query, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (await response.Content.ReadFromJsonAsync<AuditPage>())!;
    }

    [Test]
    public async Task Records_who_changed_the_roster_and_what_but_no_phone_number()
    {
        var staff = await _admin.CreateStaff("Bo", phone: "+4530999111");
        using var change = await _admin.PutAsJsonAsync($"/api/staff/{staff.Id}", new StaffRequest("Bo B.", "+4530999112", null, ["da"], true, false));
        using var delete = await _admin.DeleteAsync(new Uri($"/api/staff/{staff.Id}", UriKind.Relative));

        var page = await Audit();

        Assert.That(page.Entries.Select(entry => entry.Action), Is.EqualTo(new[] { "DELETE /api/staff/{id:long}", "PUT /api/staff/{id:long}", "POST /api/staff/" }).Or.EqualTo(new[] { "DELETE /api/staff/{id:long}", "PUT /api/staff/{id:long}", "POST /api/staff" }));
        Assert.That(page.Entries.Select(entry => entry.Actor), Is.All.EqualTo("anna"));
        Assert.That(page.Entries[0].Target, Does.Contain($"={staff.Id}"));
        Assert.That(RawFile.Contains(RawFile.ReadDatabase(_directory.DatabaseFile), "+4530999111"), Is.False);
    }

    [Test]
    public async Task Does_not_record_a_refused_change()
    {
        using var response = await _admin.PostAsJsonAsync("/api/staff", new StaffRequest("", "not a number", null, [], true, false));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Audit()).Entries, Is.Empty);
    }

    [Test]
    public async Task Filters_by_actor_and_action_and_pages_newest_first()
    {
        await _admin.CreateStaff("A");
        await _admin.CreateStaff("B");
        using (var other = _api.CreateClient().WithToken(TestTokens.For("carl", "admin")))
        {
            await other.CreateStaff("C");
        }

        var carl = await Audit("?actor=carl");
        var first = await Audit("?actor=anna&limit=1");
        var second = await Audit($"?actor=anna&limit=1&before={first.Before}");

        Assert.That(carl.Entries, Has.Count.EqualTo(1));
        Assert.That(first.Entries, Has.Count.EqualTo(1));
        Assert.That(second.Entries, Has.Count.EqualTo(1));
        Assert.That(second.Entries[0].Id, Is.LessThan(first.Entries[0].Id));
        Assert.That((await Audit($"?action={Uri.EscapeDataString(first.Entries[0].Action)}")).Entries, Has.Count.EqualTo(3));
    }

    [TestCase("duty", HttpStatusCode.Forbidden)]
    [TestCase("analyst", HttpStatusCode.Forbidden)]
    [TestCase(null, HttpStatusCode.Unauthorized)]
    public async Task Is_readable_by_admins_only(string? role, HttpStatusCode expected)
    {
        using var client = _api.CreateClient();
        if (role is not null)
        {
            client.WithToken(TestTokens.For("someone", role));
        }

        using var response = await client.GetAsync(new Uri("/api/audit", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }
}
