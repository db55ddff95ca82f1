using Hotline.Configuration;
using Hotline.Contacts;
using Hotline.Contracts;
using Hotline.Data;
using Hotline.Privacy;
using Hotline.Roster;
using Hotline.Sms;
using Hotline.Tests.Support;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tests.Sms;

public class SmsReceivedConsumerTests
{
    readonly PersonalDataProtector _protector = TestProtector.Create();
    TestDirectory _directory = null!;
    HotlineDatabase _database = null!;
    ServiceProvider _provider = null!;
    ITestHarness _harness = null!;

    [SetUp]
    public async Task StartHarness()
    {
        _directory = new TestDirectory();
        _database = TestDatabase.Create(DatabaseKind.Sqlite, _directory);
        _provider = new ServiceCollection()
            .AddSingleton(_database)
            .AddSingleton(TimeProvider.System)
            .AddSingleton<ContactStore>()
            .AddSingleton(_protector)
            .AddSingleton<RosterStore>()
            .AddLogging()
            .AddMassTransitTestHarness(bus => bus.AddConsumer<SmsReceivedConsumer, SmsReceivedConsumerDefinition>())
            .BuildServiceProvider(validateScopes: true);
        _harness = _provider.GetRequiredService<ITestHarness>();
        await _harness.Start();
    }

    [TearDown]
    public async Task StopHarness()
    {
        await _provider.DisposeAsync();
        _directory.Dispose();
    }

    [Test]
    public async Task Stores_the_sms_as_a_contact()
    {
        var sms = Sms(TwilioForms.NewMessageSid());

        await _harness.Bus.Publish(sms);

        Assert.That(await _harness.GetConsumerHarness<SmsReceivedConsumer>().Consumed.Any<SmsReceived>(), Is.True);
        Assert.That(await _database.CountContacts(sms.MessageSid), Is.EqualTo(1));
        Assert.That(await _harness.Published.Any<Fault<SmsReceived>>(), Is.False);
    }

    [Test]
    public async Task Consumes_a_redelivered_message_without_a_second_contact_or_a_fault()
    {
        var sms = Sms(TwilioForms.NewMessageSid());

        await _harness.Bus.Publish(sms);
        await _harness.Bus.Publish(sms);
        var consumed = 0;
        await foreach (var _ in _harness.GetConsumerHarness<SmsReceivedConsumer>().Consumed.SelectAsync<SmsReceived>())
        {
            if (++consumed == 2)
            {
                break;
            }
        }

        Assert.That(consumed, Is.EqualTo(2));
        Assert.That(await _database.CountContacts(sms.MessageSid), Is.EqualTo(1));
        Assert.That(await _harness.Published.Any<Fault<SmsReceived>>(), Is.False);
    }

    static SmsReceived Sms(string messageSid) => TestSms.Sealed(messageSid, "+4520123456", "hjælp");
}
