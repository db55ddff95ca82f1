namespace Hotline.Triage;

public static class CallerRole
{
    public const string Self = "self";
    public const string ThirdParty = "third_party";
    public const string Professional = "professional";
    public const string Unknown = "unknown";
}
