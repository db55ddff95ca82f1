using Hotline.Roster;

namespace Hotline.Tests.Roster;

// Copenhagen wall-clock times as instants, by the same rules the roster uses.
public static class RosterTimes
{
    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0)
    {
        if (!CopenhagenTime.TryResolve(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), out var instant, out var error))
        {
            throw new ArgumentException(error);
        }

        return instant;
    }

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
