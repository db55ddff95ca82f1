namespace Hotline.Triage;

public static class Channel
{
    public const string Sms = "sms";
    public const string Voice = "voice";
}
