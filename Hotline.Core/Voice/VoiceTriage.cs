using Hotline.Contacts;
using Hotline.Contracts;
using Hotline.Triage;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Hotline.Voice;

// Sends a missed call or voicemail to triage: with its transcript when there is one, else from the
// menu choice. TriageConsumer classifies it (the danger key counts either way) and takes the
// language the caller chose when the text tells none; TriageStore keeps the first triage of a
// contact, so whichever path comes first wins.
public sealed class VoiceTriage(CallStore calls, ILogger<VoiceTriage> logger)
{
    public Task TriageFromMenuAsync(long contactId, IPublishEndpoint publisher, CancellationToken cancellationToken) =>
        TriageAsync(contactId, sealedTranscript: null, keyId: null, publisher, cancellationToken);

    public async Task TriageAsync(long contactId, byte[]? sealedTranscript, string? keyId, IPublishEndpoint publisher, CancellationToken cancellationToken)
    {
        var call = await calls.FindByContactAsync(contactId, cancellationToken)
            ?? throw new InvalidOperationException($"Contact {contactId} has no call to triage.");

        logger.LogInformation(
            "Call {CallSid} (contact {ContactId}) goes to triage {From}",
            call.CallSid, contactId, sealedTranscript is null ? "from its menu choice" : "with its transcript");
        await publisher.Publish(new ContactReceived
        {
            ContactId = contactId,
            SourceSid = call.CallSid,
            Channel = Channels.Voice,
            EncryptedText = sealedTranscript,
            KeyId = keyId,
            DangerKeyPressed = call.DangerKey,
            ChosenLanguage = call.Language ?? LanguageCode.Undetermined,
        }, cancellationToken);
    }
}
