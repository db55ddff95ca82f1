using System.Diagnostics;
using System.Net;
using Hotline.Api.Intake;
using Hotline.Configuration;
using Hotline.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tests.EndToEnd;

// RabbitMQ unreachable from the API while Twilio keeps calling: the API still answers at once,
// keeps every SMS in its spool across a restart, and publishes them when the broker is back;
// the worker stores each exactly once.
[Category("RabbitMQ")]
public class BrokerOutageTests
{
    [Test]
    public async Task Every_sms_accepted_while_the_broker_is_down_is_stored_exactly_once_after_it_comes_back()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();
        await using var gate = new TcpGate(broker.Uri.Host, broker.Uri.Port);
        await using var worker = await WorkerProcess.StartAsync(directory, broker.Uri);
        var database = TestDatabase.Create(DatabaseKind.Sqlite, directory);
        var settings = new Dictionary<string, string>
        {
            ["Hotline:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = new UriBuilder(broker.Uri) { Port = gate.Port }.Uri.ToString(),
            ["Hotline:PublishTimeout"] = "00:00:01",
        };
        var forms = Enumerable.Range(0, 3)
            .Select(i => TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), $"+452000050{i}", $"sent during the outage, number {i}"))
            .ToList();

        gate.Shut();
        var slowest = TimeSpan.Zero;
        await using (var api = new HotlineApiFactory(directory, settings))
        {
            using var client = api.CreateClient();
            foreach (var form in forms.Append(forms[0]))
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));
                slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            }

            Assert.That(await api.Services.GetRequiredService<IntakeSpool>().CountAsync(CancellationToken.None), Is.EqualTo(4));
        }

        // The API restarts while the broker is still unreachable, then the broker comes back.
        await using var restarted = new HotlineApiFactory(directory, settings);
        restarted.CreateClient().Dispose();
        gate.Open();
        var sids = forms.Select(form => form["MessageSid"]).ToList();
        await Eventually.Get(
            async () => (await Task.WhenAll(sids.Select(database.CountContacts))).Min(),
            least => least > 0,
            TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var counts = await Task.WhenAll(sids.Select(database.CountContacts));

        Assert.That(slowest, Is.LessThan(TimeSpan.FromSeconds(5)), "Twilio must have its answer in time");
        Assert.That(counts, Has.Length.EqualTo(3).And.All.EqualTo(1), $"contacts per MessageSid; worker output:\n{worker.Output}\nAPI log:\n{restarted.Logs.AllText}");
        Assert.That(await restarted.Services.GetRequiredService<IntakeSpool>().CountAsync(CancellationToken.None), Is.Zero);
    }
}
