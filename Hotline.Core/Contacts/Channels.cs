namespace Hotline.Contacts;

// The values of contacts.channel, as written in the database and in reports.
public static class Channels
{
    public const string Sms = "sms";
    public const string Voice = "voice";
}
