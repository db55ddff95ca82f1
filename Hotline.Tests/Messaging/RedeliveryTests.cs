using System.Diagnostics;
using Hotline.Configuration;
using Hotline.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Hotline.Tests.Messaging;

// The database unavailable for longer than the consumer's quick retries: the message waits in a
// redelivery queue, comes back, and is stored once the database is back; nothing is lost and
// nothing lands in the error queue.
[Category("RabbitMQ")]
public class RedeliveryTests
{
    static readonly TimeSpan Outage = TimeSpan.FromSeconds(50);

    [Test]
    public async Task An_sms_arriving_while_the_database_is_locked_is_retried_redelivered_and_stored_once_when_it_is_free()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();
        var database = TestDatabase.Create(DatabaseKind.Sqlite, directory);
        await using var worker = await WorkerProcess.StartAsync(directory, broker.Uri, new Dictionary<string, string>
        {
            // Each statement gives up on a locked database after 1 s instead of 30.
            ["ConnectionStrings:Hotline"] = directory.SqliteConnectionString + ";Default Timeout=1",
            ["Hotline:RedeliveryDelays:0"] = "00:00:05",
            ["Hotline:RedeliveryDelays:1"] = "00:00:05",
            ["Hotline:RedeliveryDelays:2"] = "00:00:05",
            ["Hotline:RedeliveryDelays:3"] = "00:00:05",
        });
        await using var api = new HotlineApiFactory(directory, new Dictionary<string, string>
        {
            ["Hotline:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = broker.Uri.ToString(),
        });
        using var client = api.CreateClient();
        var sms = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520000501", "they locked the door again");

        // A first SMS, stored before the outage, waits for the worker's triage classifier (built in the background from
        // the worker's start, about 20 s on a quiet 2-core machine), so that the outage is spent on the retries and
        // redeliveries, not on that.
        var first = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520000502", "hvornår har I åbent?");
        using (var firstResponse = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, first)))
        {
            Assert.That(firstResponse.IsSuccessStatusCode, Is.True);
        }

        await Eventually.Get(() => database.CountContacts(first["MessageSid"]), count => count > 0, TimeSpan.FromSeconds(120));

        // Another process holds the database's write lock: every write fails as SQLITE_BUSY.
        var clock = Stopwatch.StartNew();
        await using (var locker = new SqliteConnection(directory.SqliteConnectionString))
        {
            await locker.OpenAsync();
            using (var begin = locker.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE";
                await begin.ExecuteNonQueryAsync();
            }

            using var response = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, sms));
            Assert.That(response.IsSuccessStatusCode, Is.True);
            await worker.WaitForOutputAsync("redelivery 1 of 4", Outage);
            Assert.That(await database.CountContacts(sms["MessageSid"]), Is.Zero);
            await Task.Delay(Outage - clock.Elapsed);

            using var rollback = locker.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }

        var stored = await Eventually.Get(() => database.CountContacts(sms["MessageSid"]), count => count > 0, TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.That(await database.CountContacts(sms["MessageSid"]), Is.EqualTo(1), worker.Output);
        Assert.That(stored, Is.EqualTo(1));
        Assert.That((await broker.QueueAsync("sms-received_error"))?.Messages ?? 0, Is.Zero, "nothing should be in the error queue");
        Assert.That(worker.Output, Does.Not.Contain("aside for redelivery"), "every redelivery was sent");
    }
}
