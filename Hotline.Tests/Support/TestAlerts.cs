using Hotline.Alerts;
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
        var saved = await new ContactStore(database, TimeProvider.System).SaveSmsAsync(TestSms.Sealed(sid, "+4520123456", "text"), triage: null, CancellationToken.None);
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

    // An alert as a seed: created with no first step planned (as when nobody is on duty), so at
    // step -1 and due now.
    public static async Task<DueAlert> CreateUnstartedAsync(this AlertStore alerts, ContactTriaged contact) =>
        (await alerts.CreateAsync(contact, _ => null, CancellationToken.None)).Alert;
}
