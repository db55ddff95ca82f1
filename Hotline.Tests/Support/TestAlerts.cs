using Hotline.Contacts;
using Hotline.Contracts;
using Hotline.Data;

namespace Hotline.Tests.Support;

public static class TestAlerts
{
    // A stored contact and its triage event, as the alert consumer receives it.
    public static async Task<ContactTriaged> StoredContact(HotlineDatabase database, string urgency = "high", string category = "forced_labour", string language = "da")
    {
        var sid = TwilioForms.NewMessageSid();
        var saved = await new ContactStore(database, TimeProvider.System).SaveSmsAsync(TestSms.Sealed(sid, "+4520123456", "text"), CancellationToken.None);
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
