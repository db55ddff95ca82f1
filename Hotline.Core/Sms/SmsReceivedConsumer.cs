using Hotline.Contacts;
using Hotline.Contracts;
using Hotline.Roster;
using Hotline.Triage;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Hotline.Sms;

// An SMS is stored and triaged here, in one commit, and its triage goes on to alerting: a hop
// through the broker or a commit costs more than the triage itself (docs/benchmarks.md).
// Should the triage fail (a text that cannot be opened, a fault in the classifier), the SMS is
// stored untriaged all the same and handed to the TriageConsumer, whose error queue keeps it for
// a replay: a contact is stored before anything else can fail on it.
public sealed class SmsReceivedConsumer(
    ContactStore contacts,
    ContactTriage triage,
    TriageStore triages,
    RosterStore roster,
    ILogger<SmsReceivedConsumer> logger) : IConsumer<SmsReceived>
{
    public async Task Consume(ConsumeContext<SmsReceived> context)
    {
        var sms = context.Message;

        // A registered staff phone sends commands ("OK 4821"), not contacts. Recognised by the
        // keyed hash, so the number itself is never looked up in clear.
        if (await roster.FindStaffByPhoneHashAsync(sms.CallerHash, context.CancellationToken) is { } staff)
        {
            logger.LogInformation("SMS {MessageSid} is from staff {StaffId}: a command, not a contact", sms.MessageSid, staff.Id);
            await context.Publish(new StaffSmsReceived
            {
                MessageSid = sms.MessageSid,
                StaffId = staff.Id,
                EncryptedBody = sms.EncryptedBody,
                EncryptedFrom = sms.EncryptedCallerNumber,
                KeyId = sms.KeyId,
            });
            return;
        }

        var classified = Classify(sms);
        var saved = await contacts.SaveSmsAsync(sms, classified, context.CancellationToken);
        if (saved.Created)
        {
            logger.LogInformation("Stored SMS {MessageSid} as contact {ContactId}", sms.MessageSid, saved.ContactId);
        }
        else
        {
            logger.LogInformation("SMS {MessageSid} was already stored as contact {ContactId}; the duplicate changed nothing", sms.MessageSid, saved.ContactId);
        }

        // Published for a duplicate too: the first delivery may have stored the contact and then
        // died before publishing. The first triage stored is the one published.
        if (classified is null)
        {
            await context.Publish(new ContactReceived
            {
                ContactId = saved.ContactId,
                SourceSid = sms.MessageSid,
                Channel = Channels.Sms,
                EncryptedText = sms.EncryptedBody,
                KeyId = sms.KeyId,
            });
            return;
        }

        var stored = saved.Created ? classified : await triages.SaveAsync(saved.ContactId, classified, context.CancellationToken);
        logger.LogInformation(
            "Triaged contact {ContactId} ({MessageSid}): {Category}, {Urgency}, language {Language}",
            saved.ContactId, sms.MessageSid, stored.Category, stored.Urgency, stored.Language);
        await context.Publish(ContactTriage.Triaged(saved.ContactId, sms.MessageSid, Channels.Sms, stored));
    }

    TriageResult? Classify(SmsReceived sms)
    {
        try
        {
            return triage.Classify(sms.EncryptedBody, sms.KeyId, Channels.Sms);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Triage of SMS {MessageSid} failed; it is stored untriaged and handed to the triage queue", sms.MessageSid);
            return null;
        }
    }
}
