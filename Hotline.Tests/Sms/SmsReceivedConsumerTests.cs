using Hotline.Contacts;
using Hotline.Contracts;
using Hotline.Roster;
using Hotline.Sms;
using Hotline.Tests.Support;
using Hotline.Triage;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tests.Sms;

public class SmsReceivedConsumerTests : ConsumerTestFixture
{
    // Loading the language models is the slow part: one classifier for the fixture.
    static readonly TriageClassifier Classifier = new();

    protected override void AddServices(IServiceCollection services) =>
        services
            .AddSingleton<ContactStore>()
            .AddSingleton(new Lazy<TriageClassifier>(Classifier))
            .AddSingleton<ContactTriage>()
            .AddSingleton<TriageStore>()
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
    public async Task Stores_the_triage_with_the_contact_and_publishes_it_without_the_text()
    {
        var sms = TestSms.Sealed(TwilioForms.NewMessageSid(), "+4520123456", "He locked me in the flat and took my passport. Help me now please");

        await Harness.Bus.Publish(sms);
        var triaged = await SingleTriaged(sms.MessageSid);
        var stored = await new TriageStore(Database, TimeProvider.System).FindAsync(triaged.ContactId, CancellationToken.None);

        Assert.That(triaged.Urgency, Is.EqualTo(Urgency.Immediate));
        Assert.That(triaged.Language, Is.EqualTo("en"));
        Assert.That(stored, Is.Not.Null);
        Assert.That(stored!.Urgency, Is.EqualTo(triaged.Urgency));
        Assert.That(stored.Category, Is.EqualTo(triaged.Category));
        Assert.That(stored.Indicators, Is.EqualTo(triaged.Indicators).And.Not.Empty);
        Assert.That(await Harness.Published.Any<ContactReceived>(), Is.False, "triaged here, not by the TriageConsumer");
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

    [Test]
    public async Task Publishes_the_first_triage_again_when_the_sms_comes_again()
    {
        var sms = Sms(TwilioForms.NewMessageSid());
        var earlier = new TriageResult(Category.Unclear, Urgency.High, CallerRole.Self, ContactSafety.TextOnly, "da", ["threats"], false);
        await new ContactStore(Database, TimeProvider.System).SaveSmsAsync(sms, earlier, CancellationToken.None);

        await Harness.Bus.Publish(sms);
        var triaged = await SingleTriaged(sms.MessageSid);

        Assert.That(triaged.Category, Is.EqualTo(Category.Unclear));
        Assert.That(triaged.Urgency, Is.EqualTo(Urgency.High));
        Assert.That(triaged.Indicators, Is.EqualTo(new[] { "threats" }));
    }

    [Test]
    public async Task Triages_an_sms_stored_untriaged_before_when_it_comes_again()
    {
        var sms = TestSms.Sealed(TwilioForms.NewMessageSid(), "+4520123456", "They took my passport and I cannot leave the farm");
        var saved = await new ContactStore(Database, TimeProvider.System).SaveSmsAsync(sms, triage: null, CancellationToken.None);

        await Harness.Bus.Publish(sms);
        var triaged = await SingleTriaged(sms.MessageSid);
        var stored = await new TriageStore(Database, TimeProvider.System).FindAsync(saved.ContactId, CancellationToken.None);

        Assert.That(triaged.ContactId, Is.EqualTo(saved.ContactId));
        Assert.That(stored?.Category, Is.EqualTo(triaged.Category).And.Not.EqualTo(Category.None));
    }

    [Test]
    public async Task Stores_an_sms_it_cannot_open_untriaged_and_hands_it_to_the_triage_queue()
    {
        var sealedSms = Sms(TwilioForms.NewMessageSid());
        var garbled = sealedSms.EncryptedBody.ToArray();
        garbled[^1] ^= 0xFF;
        var sms = sealedSms with { EncryptedBody = garbled };

        await Harness.Bus.Publish(sms);
        var received = await Harness.Published.Any<ContactReceived>(message => message.Context.Message.SourceSid == sms.MessageSid);
        var stored = await new ContactStore(Database, TimeProvider.System).FindBySourceSidAsync(sms.MessageSid, CancellationToken.None);

        Assert.That(received, Is.True, "ContactReceived was not published");
        Assert.That(stored, Is.Not.Null);
        Assert.That(await new TriageStore(Database, TimeProvider.System).FindAsync(stored!.Id, CancellationToken.None), Is.Null);
        Assert.That(await Harness.Published.Any<ContactTriaged>(), Is.False);
        Assert.That(await Harness.Published.Any<Fault<SmsReceived>>(), Is.False);
    }

    async Task<ContactTriaged> SingleTriaged(string messageSid)
    {
        Assert.That(await Harness.Published.Any<ContactTriaged>(message => message.Context.Message.SourceSid == messageSid), Is.True, "ContactTriaged was not published");
        Assert.That(await Harness.Published.Any<Fault<SmsReceived>>(), Is.False);
        return Harness.Published.Select<ContactTriaged>().Single(message => message.Context.Message.SourceSid == messageSid).Context.Message;
    }

    static SmsReceived Sms(string messageSid) => TestSms.Sealed(messageSid, "+4520123456", "hjælp");
}
