namespace Hotline.Reports;

// The Reports configuration section.
public sealed class ReportOptions
{
    public const string Section = "Reports";

    // With suppress=true, counts from 1 to SuppressBelow - 1 are withheld, so that figures meant
    // for publication can't single out a caller in a small group (a language, a month).
    public int SuppressBelow { get; set; } = 5;
}
