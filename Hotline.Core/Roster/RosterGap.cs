namespace Hotline.Roster;

// A period with no active primary on duty; instants in UTC.
public sealed record RosterGap(DateTimeOffset Start, DateTimeOffset End)
{
    // The complement of the covered periods within [from, to).
    public static IReadOnlyList<RosterGap> Between(DateTimeOffset from, DateTimeOffset to, IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> covered)
    {
        var gaps = new List<RosterGap>();
        var cursor = from;
        foreach (var (start, end) in covered.OrderBy(period => period.Start))
        {
            if (cursor >= to || start >= to)
            {
                break;
            }

            if (end <= cursor)
            {
                continue;
            }

            if (start > cursor)
            {
                gaps.Add(new RosterGap(cursor, start));
            }

            cursor = end;
        }

        if (cursor < to)
        {
            gaps.Add(new RosterGap(cursor, to));
        }

        return gaps;
    }
}
