using System.Net;
using Hotline.Configuration;
using Hotline.Contacts;
using Hotline.Privacy;
using Hotline.Tests.Support;

namespace Hotline.Tests.EndToEnd;

// Production's shape: the API publishes to a real RabbitMQ, and the worker, a separate process,
// consumes and stores in a real SQLite file.
[Category("RabbitMQ")]
public class RabbitMqSmsTests
{
    [Test]
    public async Task Signed_sms_are_stored_exactly_once_by_the_worker_however_often_they_are_posted()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();
        await using var worker = await WorkerProcess.StartAsync(directory, broker.Uri);
        await using var api = new HotlineApiFactory(directory, new Dictionary<string, string>
        {
            ["Hotline:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = broker.Uri.ToString(),
        });
        using var client = api.CreateClient();
        var database = TestDatabase.Create(DatabaseKind.Sqlite, directory);

        var once = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+359888123456", "Взеха ми паспорта");
        var twice = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+359888123457", "posted twice in a row");
        var concurrently = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+359888123458", "posted five times at once");

        var statuses = new List<HttpStatusCode>();
        foreach (var form in new[] { once, twice, twice })
        {
            using var response = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));
            statuses.Add(response.StatusCode);
        }

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, concurrently))));
        statuses.AddRange(concurrent.Select(response => response.StatusCode));

        var sids = new[] { once["MessageSid"], twice["MessageSid"], concurrently["MessageSid"] };
        await Eventually.Get(
            async () => (await Task.WhenAll(sids.Select(database.CountContacts))).Min(),
            least => least > 0,
            Eventually.FirstContactTimeout);
        await Task.Delay(TimeSpan.FromSeconds(1));  // let any duplicate still in flight land
        var counts = await Task.WhenAll(sids.Select(database.CountContacts));
        var stored = await new ContactStore(database, TimeProvider.System).FindBySourceSidAsync(once["MessageSid"], CancellationToken.None);

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(counts, Has.Length.EqualTo(3).And.All.EqualTo(1), $"contacts per MessageSid; worker output:\n{worker.Output}");
        Assert.That(TestProtector.Create().Decrypt(stored!.Body!, stored.KeyId, ProtectedColumns.Body), Is.EqualTo("Взеха ми паспорта"));
        Assert.That(worker.Output, Does.Contain(once["MessageSid"]));
        Assert.That(worker.Output, Does.Not.Contain("888123456").And.Not.Contain("паспорта"));
        foreach (var response in concurrent)
        {
            response.Dispose();
        }
    }
}
