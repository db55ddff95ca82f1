namespace Hotline.Privacy;

// The purposes bound into each encrypted column (see PersonalDataProtector).
public static class ProtectedColumns
{
    public const string CallerNumber = "contacts.caller_number";
    public const string Body = "contacts.body";
    public const string DeliveryTo = "alert_deliveries.to_number";
    public const string RecordingUrl = "voice_calls.recording_url";
}
