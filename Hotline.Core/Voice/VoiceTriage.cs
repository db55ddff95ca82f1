using Hotline.Contacts;
using Hotline.Contracts;
using Hotline.Triage;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Hotline.Voice;

// Triage of a call that has no transcript: from the menu choice. The classifier gets no text
// (only the danger key), and the language is the one the caller chose, not the classifier's
// "und": ContactReceived has no field for a language the caller told us, so this path stores the
// triage and publishes ContactTriaged itself, as TriageConsumer would. TriageStore keeps the
// first triage of a contact, so whichever path comes first wins.
public sealed class VoiceTriage(CallStore calls, TriageClassifier classifier, TriageStore triages, ILogger<VoiceTriage> logger)
{
    public async Task TriageFromMenuAsync(long contactId, IPublishEndpoint publisher, CancellationToken cancellationToken)
    {
        var call = await calls.FindByContactAsync(contactId, cancellationToken)
            ?? throw new InvalidOperationException($"Contact {contactId} has no call to triage.");

        var language = call.Language ?? LanguageCode.Undetermined;
        var classified = classifier.Classify("", Channels.Voice, call.DangerKey) with
        {
            Language = language,
            InterpreterNeeded = LanguageCode.NeedsInterpreter(language),
        };
        var triage = await triages.SaveAsync(contactId, classified, cancellationToken);
        logger.LogInformation(
            "Triaged call {CallSid} (contact {ContactId}) from its menu choice: {Category}, {Urgency}, language {Language}",
            call.CallSid, contactId, triage.Category, triage.Urgency, triage.Language);

        await publisher.Publish(new ContactTriaged
        {
            ContactId = contactId,
            SourceSid = call.CallSid,
            Channel = Channels.Voice,
            Category = triage.Category,
            Urgency = triage.Urgency,
            CallerRole = triage.CallerRole,
            ContactSafety = triage.ContactSafety,
            Language = triage.Language,
            Indicators = triage.Indicators,
            InterpreterNeeded = triage.InterpreterNeeded,
        }, cancellationToken);
    }
}
