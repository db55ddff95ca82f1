using Hotline.Contracts;
using Hotline.Privacy;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Hotline.Triage;

public sealed class TriageConsumer(
    TriageClassifier classifier,
    TriageStore store,
    PersonalDataProtector protector,
    ILogger<TriageConsumer> logger) : IConsumer<ContactReceived>
{
    public async Task Consume(ConsumeContext<ContactReceived> context)
    {
        var contact = context.Message;
        var text = contact.EncryptedText is { } sealedText && contact.KeyId is { } keyId
            ? protector.Decrypt(sealedText, keyId, ProtectedColumns.Body)
            : "";

        var classified = classifier.Classify(text, contact.Channel, contact.DangerKeyPressed);
        if (contact.ChosenLanguage is { } chosen && (text.Length == 0 || classified.Language == LanguageCode.Undetermined))
        {
            classified = classified with { Language = chosen, InterpreterNeeded = LanguageCode.NeedsInterpreter(chosen) };
        }

        var triage = await store.SaveAsync(contact.ContactId, classified, context.CancellationToken);
        logger.LogInformation(
            "Triaged contact {ContactId} ({SourceSid}): {Category}, {Urgency}, language {Language}",
            contact.ContactId, contact.SourceSid, triage.Category, triage.Urgency, triage.Language);

        await context.Publish(new ContactTriaged
        {
            ContactId = contact.ContactId,
            SourceSid = contact.SourceSid,
            Channel = contact.Channel,
            Category = triage.Category,
            Urgency = triage.Urgency,
            CallerRole = triage.CallerRole,
            ContactSafety = triage.ContactSafety,
            Language = triage.Language,
            Indicators = triage.Indicators,
            InterpreterNeeded = triage.InterpreterNeeded,
        });
    }
}
