using Hotline.Contacts;
using Hotline.Contracts;
using Hotline.Data;
using Hotline.Privacy;

namespace Hotline.Tests.Support;

public static class TestAlerts
{
    // A stored contact and its triage event, as the alert consumer receives it.
    public static async Task<ContactTriaged> StoredContact(HotlineDatabase database, string urgency = "high", string category = "forced_labour", string language = "da")
    {
        var protector = TestProtector.Create();
        var sid = TwilioForms.NewMessageSid();
        var saved = await new ContactStore(database, TimeProvider.System).SaveSmsAsync(
            new SmsReceived
            {
                MessageSid = sid,
                ReceivedAt = DateTimeOffset.UtcNow,
                To = TwilioForms.HotlineNumber,
                CallerHash = protector.HashPhoneNumber("+4520123456"),
                EncryptedCallerNumber = protector.Encrypt("+4520123456", ProtectedColumns.CallerNumber),
                EncryptedBody = protector.Encrypt("text", ProtectedColumns.Body),
                KeyId = protector.CurrentKeyId,
            },
            CancellationToken.None);
        return new ContactTriaged
        {
            ContactId = saved.ContactId,
            SourceSid = sid,
            Channel = "sms",
            Category = category,
            Urgency = urgency,
            CallerRole = "self",
            ContactSafety = "any",
            Language = language,
            Indicators = ["documents_taken"],
        };
    }
}
