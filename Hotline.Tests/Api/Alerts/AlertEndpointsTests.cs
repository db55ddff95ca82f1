using System.Net;
using System.Net.Http.Json;
using Hotline.Alerts;
using Hotline.Api.Alerts;
using Hotline.Api.Staff;
using Hotline.Configuration;
using Hotline.Tests.Support;

namespace Hotline.Tests.Api.Alerts;

public class AlertEndpointsTests
{
    [Test]
    public async Task Lets_the_first_duty_acknowledgement_win_and_answers_the_second_with_409()
    {
        using var directory = new TestDirectory();
        await using var api = new HotlineApiFactory(directory);
        using var client = api.CreateClient().WithToken(TestTokens.For("mette", Roles.Duty));
        var database = TestDatabase.Create(DatabaseKind.Sqlite, directory);
        var alert = await new AlertStore(database, TimeProvider.System).CreateAsync(await TestAlerts.StoredContact(database), CancellationToken.None);

        using var first = await client.PostAsync($"/api/alerts/{alert.Id}/acknowledge", null);
        using var second = await client.PostAsync($"/api/alerts/{alert.Id}/acknowledge", null);
        using var unknown = await client.PostAsync("/api/alerts/999999/acknowledge", null);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await first.Content.ReadFromJsonAsync<AlertEndpoints.AcknowledgeResponse>())!.AcknowledgedBy, Is.EqualTo("user:mette"));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
