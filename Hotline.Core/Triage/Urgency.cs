namespace Hotline.Triage;

public static class Urgency
{
    public const string Immediate = "immediate";
    public const string High = "high";
    public const string Normal = "normal";
    public const string Low = "low";
}
