namespace Hotline.Roster;

// The rules a shift must keep, wherever it comes from (the API or an import).
public static class RosterRules
{
    // Longer than a week is almost certainly a typo (a wrong month or year), and would hide gaps.
    public static readonly TimeSpan MaxShiftLength = TimeSpan.FromDays(7);

    public const int MaxNameLength = 200;

    // staff.login is NVARCHAR(256) on SQL Server.
    public const int MaxLoginLength = 256;

    public static string? ShiftTimesProblem(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            return "The shift must end after it starts.";
        }

        return end - start > MaxShiftLength
            ? $"A shift may last at most {MaxShiftLength.TotalDays:0} days."
            : null;
    }
}
