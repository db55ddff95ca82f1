namespace Hotline.Tests.Roster;

// iCalendar files as a rota tool exports them: a VTIMEZONE for Europe/Copenhagen, events in
// local time across the autumn DST night, a UTC event, a floating one, and events that cannot
// become shifts.
public static class RosterCalendars
{
    public const string AnnaEmail = "anna@cmm.example";
    public const string BoPhone = "+4520999999";

    public static string Autumn(string nightStatus = "CONFIRMED") => Lines(
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//CMM//Vagtplan//DA",
        "CALSCALE:GREGORIAN",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Copenhagen",
        "X-LIC-LOCATION:Europe/Copenhagen",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        // Anna by her e-mail: the night across the autumn change, 10 real hours.
        "BEGIN:VEVENT",
        "UID:night-2026-10-24@vagtplan.cmm.example",
        "DTSTAMP:20261001T120000Z",
        "DTSTART;TZID=Europe/Copenhagen:20261024T220000",
        "DTEND;TZID=Europe/Copenhagen:20261025T070000",
        "SUMMARY:Hotline nattevagt",
        $"STATUS:{nightStatus}",
        $"ATTENDEE;CN=\"Holm, A.\";ROLE=REQ-PARTICIPANT:mailto:{AnnaEmail}",
        "END:VEVENT",
        // Bo by name in the summary, backup by category.
        "BEGIN:VEVENT",
        "UID:backup-2026-10-24@vagtplan.cmm.example",
        "DTSTAMP:20261001T120000Z",
        "DTSTART;TZID=Europe/Copenhagen:20261024T220000",
        "DTEND;TZID=Europe/Copenhagen:20261025T070000",
        "SUMMARY:Bo Lund",
        "CATEGORIES:Hotline,Backup",
        "END:VEVENT",
        // Bo by his phone, in UTC.
        "BEGIN:VEVENT",
        "UID:day-2026-10-25@vagtplan.cmm.example",
        "DTSTAMP:20261001T120000Z",
        "DTSTART:20261025T060000Z",
        "DTEND:20261025T150000Z",
        "SUMMARY:Dagvagt",
        $"ATTENDEE:tel:{BoPhone}",
        "END:VEVENT",
        // Floating time: read as Copenhagen time (winter, +01:00).
        "BEGIN:VEVENT",
        "UID:day-2026-10-26@vagtplan.cmm.example",
        "DTSTAMP:20261001T120000Z",
        "DTSTART:20261026T070000",
        "DTEND:20261026T150000",
        "SUMMARY:Dagvagt Anna Holm",
        "END:VEVENT",
        // Nobody on the staff list.
        "BEGIN:VEVENT",
        "UID:day-2026-10-27@vagtplan.cmm.example",
        "DTSTAMP:20261001T120000Z",
        "DTSTART;TZID=Europe/Copenhagen:20261027T070000",
        "DTEND;TZID=Europe/Copenhagen:20261027T150000",
        "SUMMARY:Dagvagt Mads (vikar)",
        "END:VEVENT",
        // Starts at a time the spring change skips.
        "BEGIN:VEVENT",
        "UID:spring-2026-03-29@vagtplan.cmm.example",
        "DTSTAMP:20261001T120000Z",
        "DTSTART;TZID=Europe/Copenhagen:20260329T023000",
        "DTEND;TZID=Europe/Copenhagen:20260329T080000",
        "SUMMARY:Anna Holm",
        "END:VEVENT",
        // An all-day event is not a shift.
        "BEGIN:VEVENT",
        "UID:holiday-2026-10-31@vagtplan.cmm.example",
        "DTSTAMP:20261001T120000Z",
        "DTSTART;VALUE=DATE:20261031",
        "DTEND;VALUE=DATE:20261101",
        "SUMMARY:Anna Holm fri",
        "END:VEVENT",
        "END:VCALENDAR");

    public static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";
}
