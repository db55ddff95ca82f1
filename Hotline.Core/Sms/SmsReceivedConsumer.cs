using Hotline.Contacts;
using Hotline.Contracts;
using Hotline.Roster;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Hotline.Sms;

public sealed class SmsReceivedConsumer(ContactStore contacts, RosterStore roster, ILogger<SmsReceivedConsumer> logger) : IConsumer<SmsReceived>
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

        var saved = await contacts.SaveSmsAsync(sms, context.CancellationToken);
        if (saved.Created)
        {
            logger.LogInformation("Stored SMS {MessageSid} as contact {ContactId}", sms.MessageSid, saved.ContactId);
        }
        else
        {
            logger.LogInformation("SMS {MessageSid} was already stored as contact {ContactId}; the duplicate changed nothing", sms.MessageSid, saved.ContactId);
        }

        // Published for a duplicate too: the first delivery may have stored the contact and then
        // died before publishing. Triage keeps the first result, so nothing is done twice.
        await context.Publish(new ContactReceived
        {
            ContactId = saved.ContactId,
            SourceSid = sms.MessageSid,
            Channel = Channels.Sms,
            EncryptedText = sms.EncryptedBody,
            KeyId = sms.KeyId,
        });
    }
}
