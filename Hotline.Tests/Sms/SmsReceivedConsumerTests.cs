using Hotline.Contacts;
using Hotline.Contracts;
using Hotline.Roster;
using Hotline.Sms;
using Hotline.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tests.Sms;

public class SmsReceivedConsumerTests : ConsumerTestFixture
{

    protected override void AddServices(IServiceCollection services) =>
        services
            .AddSingleton<ContactStore>()
            .AddSingleton<RosterStore>();

    protected override void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumer<SmsReceivedConsumer, SmsReceivedConsumerDefinition>();

    [Test]
    public async Task Stores_the_sms_as_a_contact()
    {
        var sms = Sms(TwilioForms.NewMessageSid());

        await Harness.Bus.Publish(sms);

        Assert.That(await Harness.GetConsumerHarness<SmsReceivedConsumer>().Consumed.Any<SmsReceived>(), Is.True);
        Assert.That(await Database.CountContacts(sms.MessageSid), Is.EqualTo(1));
        Assert.That(await Harness.Published.Any<Fault<SmsReceived>>(), Is.False);
    }

    [Test]
    public async Task Consumes_a_redelivered_message_without_a_second_contact_or_a_fault()
    {
        var sms = Sms(TwilioForms.NewMessageSid());

        await Harness.Bus.Publish(sms);
        await Harness.Bus.Publish(sms);
        var consumed = 0;
        await foreach (var _ in Harness.GetConsumerHarness<SmsReceivedConsumer>().Consumed.SelectAsync<SmsReceived>())
        {
            if (++consumed == 2)
            {
                break;
            }
        }

        Assert.That(consumed, Is.EqualTo(2));
        Assert.That(await Database.CountContacts(sms.MessageSid), Is.EqualTo(1));
        Assert.That(await Harness.Published.Any<Fault<SmsReceived>>(), Is.False);
    }

    static SmsReceived Sms(string messageSid) => TestSms.Sealed(messageSid, "+4520123456", "hjælp");
}
