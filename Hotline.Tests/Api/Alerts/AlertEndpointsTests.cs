using System.Net;
using System.Net.Http.Json;
using Hotline.Api.Alerts;
using Hotline.Api.Staff;
using Hotline.Tests.Duty;
using Hotline.Tests.Support;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Tests.Api.Alerts;

public class AlertEndpointsTests : DutyApiFixture
{
    [Test]
    public async Task Lets_the_first_acknowledgement_of_someone_it_was_sent_to_win_and_answers_the_second_with_409()
    {
        var mette = await Seed.Staff("Mette Dal", "mette");
        var bo = await Seed.Staff("Bo Lund", "bo");
        var alert = await Seed.AlertedContact([mette, bo], DateTimeOffset.UtcNow);

        using var metteClient = Client("mette");
        using var boClient = Client("bo");
        using var first = await metteClient.PostAsync($"/api/alerts/{alert.AlertId}/acknowledge", null);
        using var second = await boClient.PostAsync($"/api/alerts/{alert.AlertId}/acknowledge", null);
        using var unknown = await metteClient.PostAsync("/api/alerts/999999/acknowledge", null);
        var stored = await Seed.Acknowledgement(alert.AlertId);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await first.Content.ReadFromJsonAsync<AlertEndpoints.AcknowledgeResponse>())!.AcknowledgedBy, Is.EqualTo("user:mette"));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await second.Content.ReadFromJsonAsync<AlertEndpoints.AcknowledgeResponse>())!.AcknowledgedBy, Is.EqualTo("user:mette"));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(stored.AcknowledgedBy, Is.EqualTo("user:mette"));
        Assert.That(stored.AcknowledgedAt, Is.Not.Null);
    }

    [Test]
    public async Task Answers_403_with_the_reason_to_a_duty_user_the_alert_was_not_sent_to()
    {
        var mette = await Seed.Staff("Mette Dal", "mette");
        await Seed.Staff("Bo Lund", "bo");
        var alert = await Seed.AlertedContact([mette], DateTimeOffset.UtcNow);

        using var client = Client("bo");
        using var response = await client.PostAsync($"/api/alerts/{alert.AlertId}/acknowledge", null);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(problem!.Detail, Does.Contain($"Alert {alert.AlertId} was not sent to you"));
        Assert.That((await Seed.Acknowledgement(alert.AlertId)).AcknowledgedAt, Is.Null);
    }

    [Test]
    public async Task Answers_403_with_the_reason_to_a_duty_user_without_a_staff_record()
    {
        var mette = await Seed.Staff("Mette Dal", "mette");
        var alert = await Seed.AlertedContact([mette], DateTimeOffset.UtcNow);

        using var client = Client("stranger");
        using var response = await client.PostAsync($"/api/alerts/{alert.AlertId}/acknowledge", null);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(problem!.Detail, Does.Contain("'stranger' is not linked to a staff member"));
        Assert.That((await Seed.Acknowledgement(alert.AlertId)).AcknowledgedAt, Is.Null);
    }

    [Test]
    public async Task Lets_a_coordinator_acknowledge_an_alert_sent_to_someone_else()
    {
        var mette = await Seed.Staff("Mette Dal", "mette");
        await Seed.Staff("Carl Berg", "carl", coordinator: true);
        var alert = await Seed.AlertedContact([mette], DateTimeOffset.UtcNow);

        using var client = Client("carl");
        using var response = await client.PostAsync($"/api/alerts/{alert.AlertId}/acknowledge", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Seed.Acknowledgement(alert.AlertId)).AcknowledgedBy, Is.EqualTo("user:carl"));
    }

    HttpClient Client(string login) => Api.CreateClient().WithToken(TestTokens.For(login, Roles.Duty));
}
