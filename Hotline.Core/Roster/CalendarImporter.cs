using System.Text.RegularExpressions;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace Hotline.Roster;

// Turns the events of an iCalendar file into shifts, one per VEVENT, keyed by its UID so that
// importing the same calendar again updates instead of duplicating.
//
// - Staff: an ATTENDEE whose mailto: is a staff member's e-mail, whose tel: is their phone, or
//   whose CN is their name; failing that, the staff member whose name the SUMMARY contains.
// - Role: backup when SUMMARY or CATEGORIES says "backup" (or the Danish "bagvagt"), else primary.
// - Times: UTC as given; TZID=Europe/Copenhagen and floating times by the CopenhagenTime rules
//   (a time in the spring gap is refused, one in the autumn overlap is the first occurrence);
//   other TZIDs as Ical.Net resolves them.
public sealed partial class CalendarImporter(RosterStore store)
{
    // The width of shifts.source_uid.
    public const int MaxUidLength = 255;

    public async Task<ImportReport> ImportAsync(string icalendar, CancellationToken cancellationToken)
    {
        var calendar = Parse(icalendar);
        var phones = TelephoneAttendees(icalendar);
        var staff = await store.ListStaffAsync(cancellationToken);
        int created = 0, updated = 0, removed = 0;
        var skipped = new List<SkippedEvent>();

        foreach (var calendarEvent in calendar.Events)
        {
            var uid = string.IsNullOrWhiteSpace(calendarEvent.Uid) ? null : calendarEvent.Uid.Trim();
            if (uid is not null && string.Equals(calendarEvent.Status, EventStatus.Cancelled, StringComparison.OrdinalIgnoreCase))
            {
                removed += await store.DeleteImportedShiftAsync(uid, cancellationToken) ? 1 : 0;
                continue;
            }

            if (ToShift(calendarEvent, uid, phones[uid ?? ""].ToList(), staff, out var shift) is { } reason)
            {
                skipped.Add(new SkippedEvent(uid, calendarEvent.Summary, reason));
                continue;
            }

            if (await store.SaveImportedShiftAsync(uid!, shift!, cancellationToken))
            {
                created++;
            }
            else
            {
                updated++;
            }
        }

        return new ImportReport(created, updated, removed, skipped);
    }

    // Throws FormatException when the text is not an iCalendar object.
    static Calendar Parse(string icalendar)
    {
        if (!icalendar.TrimStart().StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException("The body is not an iCalendar object: it does not begin with BEGIN:VCALENDAR.");
        }

        try
        {
            return Calendar.Load(icalendar) ?? throw new FormatException("The body holds no iCalendar object.");
        }
        catch (System.Runtime.Serialization.SerializationException exception)
        {
            throw new FormatException($"The body is not a valid iCalendar object: {exception.Message}", exception);
        }
    }

    // Returns why the event is not a shift, or null with the shift.
    static string? ToShift(CalendarEvent calendarEvent, string? uid, List<string> phones, IReadOnlyList<StaffRecord> staff, out ShiftEntry? shift)
    {
        shift = null;
        if (uid is null)
        {
            return "The event has no UID, so a later import could not update it.";
        }

        if (uid.Length > MaxUidLength)
        {
            return $"The event's UID is longer than {MaxUidLength} characters.";
        }

        if (calendarEvent.RecurrenceRule is not null || calendarEvent.RecurrenceDates.GetAllPeriods().Any() || calendarEvent.RecurrenceIdentifier is not null)
        {
            return "Recurring events are not supported: export the shifts as single events.";
        }

        if (calendarEvent.DtStart is not { HasTime: true } start)
        {
            return "The event has no start time (an all-day event is not a shift).";
        }

        var end = calendarEvent.DtEnd ?? (calendarEvent.Duration is null ? null : calendarEvent.End);
        if (end is not { HasTime: true })
        {
            return "The event has no end time.";
        }

        if (!TryInstant(start, out var startsAt, out var problem) || !TryInstant(end, out var endsAt, out problem))
        {
            return problem;
        }

        if (RosterRules.ShiftTimesProblem(startsAt, endsAt) is { } timesProblem)
        {
            return timesProblem;
        }

        var member = MatchStaff(calendarEvent, phones, staff, out problem);
        if (member is null)
        {
            return problem;
        }

        shift = new ShiftEntry(member.Id, RoleOf(calendarEvent), startsAt, endsAt);
        return null;
    }

    static bool TryInstant(CalDateTime value, out DateTimeOffset instant, out string? problem)
    {
        problem = null;
        if (value.IsUtc)
        {
            instant = new DateTimeOffset(DateTime.SpecifyKind(value.Value, DateTimeKind.Utc));
            return true;
        }

        // Floating times have no zone; the roster's zone is the only sensible reading.
        if (value.IsFloating || string.Equals(value.TzId, CopenhagenTime.ZoneId, StringComparison.OrdinalIgnoreCase))
        {
            return CopenhagenTime.TryResolve(value.Value, out instant, out problem);
        }

        try
        {
            instant = new DateTimeOffset(DateTime.SpecifyKind(value.AsUtc, DateTimeKind.Utc));
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or KeyNotFoundException or NodaTime.TimeZones.DateTimeZoneNotFoundException)
        {
            instant = default;
            problem = $"The time zone '{value.TzId}' is unknown.";
            return false;
        }
    }

    static StaffRecord? MatchStaff(CalendarEvent calendarEvent, List<string> phones, IReadOnlyList<StaffRecord> staff, out string? problem)
    {
        var byAttendee = staff
            .Where(member => phones.Contains(member.Phone) || calendarEvent.Attendees.Any(attendee => IsAttendee(attendee, member)))
            .ToList();
        var summary = calendarEvent.Summary ?? "";
        var matches = byAttendee.Count > 0
            ? byAttendee
            : staff.Where(member => NameIn(summary, member.Name)).ToList();

        var active = matches.Where(member => member.Active).ToList();
        problem = (matches.Count, active.Count) switch
        {
            (0, _) => "No staff member matches its attendees or its summary.",
            (_, 0) => $"The staff member it names ({matches[0].Name}) is not active.",
            (_, > 1) => $"It matches more than one staff member: {string.Join(", ", active.Select(member => member.Name))}.",
            _ => null,
        };
        return problem is null ? active[0] : null;
    }

    static bool IsAttendee(Attendee attendee, StaffRecord member)
    {
        if (attendee.CommonName is { } name && string.Equals(name.Trim(), member.Name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var address = attendee.Value?.OriginalString ?? "";
        return address.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            && member.Email is not null
            && string.Equals(address["mailto:".Length..].Trim(), member.Email, StringComparison.OrdinalIgnoreCase);
    }

    // Ical.Net 5 drops ATTENDEE values that are not mailto: addresses, so the tel: ones are read
    // from the text itself: per event UID, the phone numbers of its tel: attendees, separators removed.
    static ILookup<string, string> TelephoneAttendees(string icalendar)
    {
        var unfolded = FoldedLineBreak().Replace(icalendar, "");
        var found = new List<(string Uid, string Phone)>();
        string? uid = null;
        var phones = new List<string>();
        foreach (var line in unfolded.Split('\n').Select(line => line.TrimEnd('\r')))
        {
            if (line.Equals("BEGIN:VEVENT", StringComparison.OrdinalIgnoreCase))
            {
                (uid, phones) = (null, []);
            }
            else if (line.StartsWith("UID:", StringComparison.OrdinalIgnoreCase))
            {
                uid = line["UID:".Length..].Trim();
            }
            else if (TelephoneAttendee().Match(line) is { Success: true } attendee)
            {
                phones.Add(PhoneSeparators().Replace(attendee.Groups["number"].Value, ""));
            }
            else if (line.Equals("END:VEVENT", StringComparison.OrdinalIgnoreCase) && uid is not null)
            {
                found.AddRange(phones.Select(phone => (uid, phone)));
            }
        }

        return found.ToLookup(pair => pair.Uid, pair => pair.Phone);
    }

    // The whole name, not part of a longer word: "Ann" is not on duty in "Anna".
    static bool NameIn(string text, string name) =>
        Regex.IsMatch(text, $@"(?<!\w){Regex.Escape(name)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    static string RoleOf(CalendarEvent calendarEvent) =>
        new[] { calendarEvent.Summary ?? "" }.Concat(calendarEvent.Categories)
            .Any(text => text.Contains("backup", StringComparison.OrdinalIgnoreCase) || text.Contains("bagvagt", StringComparison.OrdinalIgnoreCase))
            ? ShiftRoles.Backup
            : ShiftRoles.Primary;

    [GeneratedRegex(@"[\s\-().]")]
    private static partial Regex PhoneSeparators();

    [GeneratedRegex(@"\r?\n[ \t]")]
    private static partial Regex FoldedLineBreak();

    // ATTENDEE, then parameters (quoted values may hold colons), then a tel: value.
    [GeneratedRegex(@"^ATTENDEE(;(""[^""]*""|[^:;""])*)*:tel:(?<number>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex TelephoneAttendee();
}
