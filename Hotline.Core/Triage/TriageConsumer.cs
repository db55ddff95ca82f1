using Hotline.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Hotline.Triage;

public sealed class TriageConsumer(ContactTriage triage, TriageStore store, ILogger<TriageConsumer> logger) : IConsumer<ContactReceived>
{
    public async Task Consume(ConsumeContext<ContactReceived> context)
    {
        var contact = context.Message;
        var classified = triage.Classify(contact.EncryptedText, contact.KeyId, contact.Channel, contact.DangerKeyPressed, contact.ChosenLanguage);
        var stored = await store.SaveAsync(contact.ContactId, classified, context.CancellationToken);
        logger.LogInformation(
            "Triaged contact {ContactId} ({SourceSid}): {Category}, {Urgency}, language {Language}",
            contact.ContactId, contact.SourceSid, stored.Category, stored.Urgency, stored.Language);

        await context.Publish(ContactTriage.Triaged(contact.ContactId, contact.SourceSid, contact.Channel, stored));
    }
}
