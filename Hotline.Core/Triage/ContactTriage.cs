using Hotline.Contracts;
using Hotline.Privacy;

namespace Hotline.Triage;

// The triage of one contact, as whichever consumer holds it does it: the SMS consumer as it
// stores a text, the TriageConsumer for a voicemail or a missed call (and for an SMS whose triage
// failed as it was stored). The classifier takes seconds to build: lazily, so that a staff SMS ("OK 4821")
// to a fresh worker does not wait for it, while TriageWarmUp builds it in the background.
public sealed class ContactTriage(Lazy<TriageClassifier> classifier, PersonalDataProtector protector)
{
    // The language the caller chose in the voice menu stands when the text cannot tell one.
    public TriageResult Classify(byte[]? encryptedText, string? keyId, string channel, bool dangerKeyPressed = false, string? chosenLanguage = null)
    {
        var text = encryptedText is { } sealedText && keyId is { } key
            ? protector.Decrypt(sealedText, key, ProtectedColumns.Body)
            : "";

        var classified = classifier.Value.Classify(text, channel, dangerKeyPressed);
        if (chosenLanguage is { } chosen && (text.Length == 0 || classified.Language == LanguageCode.Undetermined))
        {
            classified = classified with { Language = chosen, InterpreterNeeded = LanguageCode.NeedsInterpreter(chosen) };
        }

        return classified;
    }

    public static ContactTriaged Triaged(long contactId, string sourceSid, string channel, TriageResult triage) => new()
    {
        ContactId = contactId,
        SourceSid = sourceSid,
        Channel = channel,
        Category = triage.Category,
        Urgency = triage.Urgency,
        CallerRole = triage.CallerRole,
        ContactSafety = triage.ContactSafety,
        Language = triage.Language,
        Indicators = triage.Indicators,
        InterpreterNeeded = triage.InterpreterNeeded,
    };
}
