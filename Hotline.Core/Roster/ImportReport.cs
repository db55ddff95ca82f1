namespace Hotline.Roster;

// What an iCalendar import did: shifts created and updated (by UID), shifts removed by cancelled
// events, and the events it could not turn into a shift, each with the reason.
public sealed record ImportReport(int Created, int Updated, int Removed, IReadOnlyList<SkippedEvent> Skipped)
{
    public int Imported => Created + Updated;
}

public sealed record SkippedEvent(string? Uid, string? Summary, string Reason);
