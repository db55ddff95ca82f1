using System.Globalization;
using Hotline.Triage;

namespace Hotline.Alerts;

// The alert as the duty person reads it on a phone: what matters at a glance and how to answer,
// but neither the caller's number nor the words (they are in the dashboard, behind a login).
public static class AlertText
{
    public static string Compose(string code, long contactId, string channel, string category, string urgency, string language, string contactSafety, bool interpreterNeeded)
    {
        var parts = new List<string>
        {
            $"HOTLINE {code}: {(urgency == Urgency.Immediate ? "IMMEDIATE" : urgency)}",
            channel == "voice" ? "call/voicemail" : "sms",
            category.Replace('_', ' '),
            $"lang {language}" + (interpreterNeeded ? " (interpreter needed)" : ""),
            Advice(contactSafety),
            string.Create(CultureInfo.InvariantCulture, $"contact #{contactId}"),
        };
        return string.Join(", ", parts) + $". Reply OK {code}";
    }

    static string Advice(string contactSafety) => contactSafety switch
    {
        ContactSafety.NoContact => "DO NOT call or text back (phone watched)",
        ContactSafety.TextOnly => "text only, do not call",
        _ => "may be called back",
    };
}
