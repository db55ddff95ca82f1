using Hotline.Contacts;
using Hotline.Contracts;
using Hotline.Tests.Support;
using Hotline.Triage;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tests.Triage;

public class TriageConsumerTests : ConsumerTestFixture
{
    // Loading the language models is the slow part: one classifier for the fixture.
    static readonly TriageClassifier Classifier = new();

    protected override void AddServices(IServiceCollection services) =>
        services
            .AddSingleton(new Lazy<TriageClassifier>(Classifier))
            .AddSingleton<ContactTriage>()
            .AddSingleton<TriageStore>();

    protected override void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumer<TriageConsumer, TriageConsumerDefinition>();

    [Test]
    public async Task Stores_the_triage_and_publishes_it_without_the_text()
    {
        var contact = await StoredSms("He locked me in the flat and took my passport. Help me now please");

        await Harness.Bus.Publish(contact);
        var triaged = await SingleTriaged(contact.ContactId);
        var stored = await new TriageStore(Database, TimeProvider.System).FindAsync(contact.ContactId, CancellationToken.None);

        Assert.That(triaged.Urgency, Is.EqualTo(Urgency.Immediate));
        Assert.That(triaged.Language, Is.EqualTo("en"));
        Assert.That(triaged.Indicators, Is.Not.Empty);
        Assert.That(stored, Is.Not.Null);
        Assert.That(stored!.Urgency, Is.EqualTo(triaged.Urgency));
        Assert.That(stored.Category, Is.EqualTo(triaged.Category));
        Assert.That(stored.Indicators, Is.EqualTo(triaged.Indicators));
    }

    [Test]
    public async Task Keeps_the_first_triage_when_the_message_comes_again()
    {
        var contact = await StoredSms("Hvornår har I åbent? Jeg vil gerne være frivillig.");
        var store = new TriageStore(Database, TimeProvider.System);
        var earlier = new TriageResult(Category.Unclear, Urgency.High, CallerRole.Self, ContactSafety.TextOnly, "da", ["threats"], false);
        await store.SaveAsync(contact.ContactId, earlier, CancellationToken.None);

        await Harness.Bus.Publish(contact);
        var triaged = await SingleTriaged(contact.ContactId);

        Assert.That(triaged.Category, Is.EqualTo(Category.Unclear));
        Assert.That(triaged.Urgency, Is.EqualTo(Urgency.High));
        Assert.That(triaged.Indicators, Is.EqualTo(new[] { "threats" }));
    }

    [Test]
    public async Task Overrides_the_urgency_when_the_danger_key_was_pressed()
    {
        var contact = await StoredSms("");

        await Harness.Bus.Publish(contact with { EncryptedText = null, KeyId = null, DangerKeyPressed = true });
        var triaged = await SingleTriaged(contact.ContactId);

        Assert.That(triaged.Urgency, Is.EqualTo(Urgency.Immediate));
    }

    [Test]
    public async Task Takes_the_language_chosen_in_the_voice_menu_when_there_is_no_text()
    {
        var contact = await StoredSms("");

        await Harness.Bus.Publish(contact with { Channel = "voice", EncryptedText = null, KeyId = null, ChosenLanguage = "pl" });
        var triaged = await SingleTriaged(contact.ContactId);

        Assert.That(triaged.Language, Is.EqualTo("pl"));
        Assert.That(triaged.InterpreterNeeded, Is.True);
    }

    async Task<ContactTriaged> SingleTriaged(long contactId)
    {
        Assert.That(await Harness.Published.Any<ContactTriaged>(message => message.Context.Message.ContactId == contactId), Is.True, "ContactTriaged was not published");
        Assert.That(await Harness.Published.Any<Fault<ContactReceived>>(), Is.False);
        return Harness.Published.Select<ContactTriaged>().Single(message => message.Context.Message.ContactId == contactId).Context.Message;
    }

    async Task<ContactReceived> StoredSms(string text)
    {
        var sid = TwilioForms.NewMessageSid();
        var sms = TestSms.Sealed(sid, "+4520123456", text);
        var saved = await new ContactStore(Database, TimeProvider.System).SaveSmsAsync(sms, triage: null, CancellationToken.None);
        return new ContactReceived { ContactId = saved.ContactId, SourceSid = sid, Channel = Channels.Sms, EncryptedText = sms.EncryptedBody, KeyId = sms.KeyId };
    }
}
