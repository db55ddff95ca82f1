using System.Net;
using System.Net.Http.Json;
using Hotline.Api.Duty;
using Hotline.Api.Staff;
using Hotline.Tests.Duty;
using Hotline.Tests.Support;

namespace Hotline.Tests.Api.Duty;

public class DutyApiTests : DutyApiFixture
{
    [Test]
    public async Task Lists_the_contacts_whose_alert_was_sent_to_me_newest_first_with_their_triage()
    {
        var anna = await Seed.Staff("Anna Holm", "anna");
        var bo = await Seed.Staff("Bo Lund", "bo");
        var older = await Seed.AlertedContact([anna], DateTimeOffset.UtcNow.AddDays(-2), category: "domestic_servitude", urgency: "normal");
        await Seed.AlertedContact([bo], DateTimeOffset.UtcNow.AddHours(-3));
        var newer = await Seed.AlertedContact([anna, bo], DateTimeOffset.UtcNow.AddHours(-1), category: "sexual_exploitation", urgency: "immediate", indicators: ["locked_in"]);

        var list = await Contacts("anna");

        Assert.That(list.Staff, Has.Property("Id").EqualTo(anna.Id).And.Property("Name").EqualTo("Anna Holm"));
        Assert.That(list.Message, Is.Null);
        Assert.That(list.Contacts.Select(contact => contact.ContactId), Is.EqualTo(new[] { newer.ContactId, older.ContactId }));
        var first = list.Contacts[0];
        Assert.That(first.Channel, Is.EqualTo("sms"));
        Assert.That(first.Triage, Has.Property("Category").EqualTo("sexual_exploitation").And.Property("Urgency").EqualTo("immediate")
            .And.Property("CallerRole").EqualTo("self").And.Property("ContactSafety").EqualTo("text_only")
            .And.Property("Language").EqualTo("pl").And.Property("InterpreterNeeded").True);
        Assert.That(first.Triage.Indicators, Is.EqualTo(new[] { "locked_in" }));
        Assert.That(first.Alert, Has.Property("Id").EqualTo(newer.AlertId).And.Property("Step").EqualTo(0)
            .And.Property("AcknowledgedAt").Null.And.Property("SentToMe").True);
        Assert.That(first.ReceivedAt, Is.EqualTo(DateTimeOffset.UtcNow.AddHours(-1)).Within(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public async Task With_a_team_configured_lists_the_teammates_contacts_too_and_no_one_elses()
    {
        await using var host = new HotlineApiFactory(Folder, new Dictionary<string, string>
        {
            ["Duty:Teams:north:0"] = "anna",
            ["Duty:Teams:north:1"] = "bo",
            ["Duty:Teams:south:0"] = "carl",
        });
        await using var api = host.WithoutEscalation();
        var anna = await Seed.Staff("Anna Holm", "anna");
        var bo = await Seed.Staff("Bo Lund", "bo");
        var carl = await Seed.Staff("Carl Berg", "carl");
        var mine = await Seed.AlertedContact([anna], DateTimeOffset.UtcNow.AddHours(-3));
        var bos = await Seed.AlertedContact([bo], DateTimeOffset.UtcNow.AddHours(-2));
        await Seed.AlertedContact([carl], DateTimeOffset.UtcNow.AddHours(-1));
        using var client = api.CreateClient().WithToken(TestTokens.For("anna", Roles.Duty));

        var list = (await client.GetFromJsonAsync<DutyApi.DutyContactsResponse>("/api/duty/contacts"))!;

        Assert.That(list.Contacts.Select(contact => contact.ContactId), Is.EqualTo(new[] { bos.ContactId, mine.ContactId }));
        Assert.That(list.Contacts.Select(contact => contact.Alert.SentToMe), Is.EqualTo(new[] { false, true }));
        Assert.That(list.Team, Is.EqualTo(new[] { "Bo Lund" }));
    }

    [Test]
    public async Task Shows_neither_the_callers_number_nor_their_words()
    {
        var anna = await Seed.Staff("Anna Holm", "anna");
        await Seed.AlertedContact([anna], DateTimeOffset.UtcNow.AddHours(-1));
        using var client = Api.CreateClient().WithToken(TestTokens.For("anna", Roles.Duty));

        var json = await client.GetStringAsync("/api/duty/contacts");

        Assert.That(json, Does.Contain("documents_taken"));
        Assert.That(json, Does.Not.Contain("Secret words").And.Not.Contain("20123456").And.Not.Contain("caller_number").And.Not.Contain("body"));
    }

    [Test]
    public async Task Leaves_out_contacts_older_than_the_days_asked_for_and_at_most_the_limit()
    {
        var anna = await Seed.Staff("Anna Holm", "anna");
        var old = await Seed.AlertedContact([anna], DateTimeOffset.UtcNow.AddDays(-20));
        var recent = await Seed.AlertedContact([anna], DateTimeOffset.UtcNow.AddDays(-1));
        var newest = await Seed.AlertedContact([anna], DateTimeOffset.UtcNow.AddMinutes(-5));

        var byDefault = await Contacts("anna");
        var month = await Contacts("anna", "?days=30");
        var one = await Contacts("anna", "?days=30&limit=1");

        Assert.That(byDefault.Contacts.Select(contact => contact.ContactId), Is.EqualTo(new[] { newest.ContactId, recent.ContactId }));
        Assert.That(month.Contacts.Select(contact => contact.ContactId), Is.EqualTo(new[] { newest.ContactId, recent.ContactId, old.ContactId }));
        Assert.That(one.Contacts.Select(contact => contact.ContactId), Is.EqualTo(new[] { newest.ContactId }));
    }

    [Test]
    public async Task Shows_a_coordinator_every_unacknowledged_alert_and_their_own()
    {
        var anna = await Seed.Staff("Anna Holm", "anna");
        var carl = await Seed.Staff("Carl Berg", "carl", coordinator: true);
        var annas = await Seed.AlertedContact([anna], DateTimeOffset.UtcNow.AddHours(-3));
        var acknowledged = await Seed.AlertedContact([anna], DateTimeOffset.UtcNow.AddHours(-2));
        var carls = await Seed.AlertedContact([carl], DateTimeOffset.UtcNow.AddHours(-1));
        using var annaClient = Api.CreateClient().WithToken(TestTokens.For("anna", Roles.Duty));
        using var acknowledgement = await annaClient.PostAsync($"/api/alerts/{acknowledged.AlertId}/acknowledge", null);
        acknowledgement.EnsureSuccessStatusCode();

        var list = await Contacts("carl");

        Assert.That(list.Staff!.Coordinator, Is.True);
        Assert.That(list.Contacts.Select(contact => (contact.ContactId, contact.Alert.SentToMe)),
            Is.EqualTo(new[] { (carls.ContactId, true), (annas.ContactId, false) }));
    }

    [Test]
    public async Task Gives_a_duty_user_without_a_staff_record_an_empty_list_and_says_why()
    {
        var anna = await Seed.Staff("Anna Holm", "anna");
        await Seed.AlertedContact([anna], DateTimeOffset.UtcNow.AddHours(-1));

        var list = await Contacts("mette");

        Assert.That(list.Staff, Is.Null);
        Assert.That(list.Contacts, Is.Empty);
        Assert.That(list.Message, Does.Contain("'mette' is not linked to a staff member"));
    }

    [Test]
    public async Task Gives_an_inactive_staff_member_an_empty_list_and_says_why()
    {
        var anna = await Seed.Staff("Anna Holm", "anna", active: false);
        await Seed.AlertedContact([anna], DateTimeOffset.UtcNow.AddHours(-1));

        var list = await Contacts("anna");

        Assert.That(list.Contacts, Is.Empty);
        Assert.That(list.Message, Does.Contain("inactive"));
    }

    [TestCase("?days=0", "days")]
    [TestCase("?days=91", "days")]
    [TestCase("?limit=0", "limit")]
    [TestCase("?limit=501", "limit")]
    public async Task Answers_400_naming_a_bound_out_of_range(string query, string field)
    {
        using var client = Api.CreateClient().WithToken(TestTokens.For("anna", Roles.Duty));

        using var response = await client.GetAsync("/api/duty/contacts" + query);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>())!.Errors.Keys, Is.EqualTo(new[] { field }));
    }

    async Task<DutyApi.DutyContactsResponse> Contacts(string login, string query = "")
    {
        using var client = Api.CreateClient().WithToken(TestTokens.For(login, Roles.Duty));
        return (await client.GetFromJsonAsync<DutyApi.DutyContactsResponse>("/api/duty/contacts" + query))!;
    }
}
