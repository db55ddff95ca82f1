using System.Security.Cryptography;
using Dapper;
using Hotline.Configuration;
using Hotline.Data;
using Hotline.Tests.Support;

namespace Hotline.Tests.Messaging;

// A message that fails for a reason waiting cannot cure ends in its queue's _error queue, and
// `Hotline.Worker replay-errors` puts it back once the cause is fixed.
[Category("RabbitMQ")]
public class ErrorQueueReplayTests
{
    [Test]
    public async Task A_contact_sealed_with_a_key_the_worker_lacks_waits_in_the_error_queue_and_is_triaged_once_replayed_with_the_key()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();
        var database = TestDatabase.Create(DatabaseKind.Sqlite, directory);

        // The API already encrypts with a new key that the worker has not been given yet.
        var newKey = new Dictionary<string, string>
        {
            ["Privacy:CurrentKeyId"] = "next",
            ["Privacy:Keys:next"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        var sms = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520000401", "I cannot leave the house, they keep my passport");
        await using (var worker = await WorkerProcess.StartAsync(directory, broker.Uri))
        {
            await using var api = new HotlineApiFactory(directory, new Dictionary<string, string>(newKey)
            {
                ["Hotline:Transport"] = "RabbitMq",
                ["ConnectionStrings:RabbitMq"] = broker.Uri.ToString(),
            });
            using var client = api.CreateClient();
            using var response = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, sms));
            Assert.That(response.IsSuccessStatusCode, Is.True);

            // Stored sealed as it came; its triage, which must read the text, fails.
            var failed = await Eventually.Get(async () => (await broker.QueueAsync("triage_error"))?.Messages ?? 0, count => count > 0, TimeSpan.FromSeconds(120));
            Assert.That(failed, Is.EqualTo(1), "the triage should be set aside after its quick retries\n" + worker.Output);
            Assert.That(worker.Output, Does.Not.Contain("redelivery 1 of"), "a missing key is not a transient failure");
        }

        Assert.That(await database.CountContacts(sms["MessageSid"]), Is.EqualTo(1));
        Assert.That(await TriagedAsync(database, sms["MessageSid"]), Is.False);

        // Fixed: the worker gets the key, then the operator replays.
        await using var fixedWorker = await WorkerProcess.StartAsync(directory, broker.Uri, newKey);
        var (exitCode, output) = await WorkerProcess.RunToExitAsync(directory, broker.Uri, null, "replay-errors", "triage");
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("triage\t1"));

        var triaged = await Eventually.Get(() => TriagedAsync(database, sms["MessageSid"]), done => done, TimeSpan.FromSeconds(120));
        Assert.That(triaged, Is.True, fixedWorker.Output);
        Assert.That(await database.CountContacts(sms["MessageSid"]), Is.EqualTo(1));
        var left = await Eventually.Get(async () => (await broker.QueueAsync("triage_error"))?.Messages ?? -1, count => count == 0, TimeSpan.FromSeconds(15));
        Assert.That(left, Is.Zero);
    }

    static async Task<bool> TriagedAsync(HotlineDatabase database, string sourceSid)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<string?>(
            "SELECT triaged_at FROM contacts WHERE source_sid = @sourceSid", new { sourceSid }) is not null;
    }

    [Test]
    public async Task A_message_that_cannot_be_read_goes_to_the_error_queue_at_once_and_a_replay_does_not_loop_it()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();
        await using var worker = await WorkerProcess.StartAsync(directory, broker.Uri);

        await broker.PublishRawAsync("triage", "{ this is not a message");
        var failed = await Eventually.Get(async () => (await broker.QueueAsync("triage_error"))?.Messages ?? 0, count => count > 0, TimeSpan.FromSeconds(30));
        Assert.That(failed, Is.EqualTo(1), worker.Output);

        var (exitCode, output) = await WorkerProcess.RunToExitAsync(directory, broker.Uri, null, "replay-errors");
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("triage\t1").And.Contain("sms-received\t0"));

        // Still unreadable: back in the error queue, once, and the worker is still consuming.
        await Task.Delay(TimeSpan.FromSeconds(6));
        Assert.That((await broker.QueueAsync("triage_error"))?.Messages, Is.EqualTo(1));
        Assert.That((await broker.QueueAsync("triage"))?.Messages, Is.Zero);
    }

    [Test]
    public async Task Replay_refuses_a_queue_the_worker_does_not_have()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();

        var (exitCode, output) = await WorkerProcess.RunToExitAsync(directory, broker.Uri, null, "replay-errors", "no-such-queue");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain("no worker queue named no-such-queue"));
    }
}
