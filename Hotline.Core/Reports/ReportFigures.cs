namespace Hotline.Reports;

// The shapes of GET /api/reports/monthly and /yearly (the reports contract). A count is null when
// it was suppressed (1 to SuppressBelow - 1 with suppress=true); 0 is always shown.
public sealed record MonthlyReport(string From, string To, string TimeZone, int? SuppressedBelow, IReadOnlyList<MonthFigures> Months);

public sealed record YearlyReport(int From, int To, string TimeZone, int? SuppressedBelow, IReadOnlyList<YearFigures> Years);

public sealed record MonthFigures(
    string Month,
    long? Contacts,
    IReadOnlyDictionary<string, long?> ByChannel,
    CallFigures Calls,
    IReadOnlyDictionary<string, long?> ByCategory,
    IReadOnlyDictionary<string, long?> ByUrgency,
    IReadOnlyDictionary<string, long?> ByCallerRole,
    IReadOnlyDictionary<string, long?> ByLanguage,
    AcknowledgementFigures TimeToAcknowledge,
    long? Escalations);

public sealed record YearFigures(
    int Year,
    long? Contacts,
    IReadOnlyDictionary<string, long?> ByChannel,
    CallFigures Calls,
    IReadOnlyDictionary<string, long?> ByCategory,
    IReadOnlyDictionary<string, long?> ByUrgency,
    IReadOnlyDictionary<string, long?> ByCallerRole,
    IReadOnlyDictionary<string, long?> ByLanguage,
    AcknowledgementFigures TimeToAcknowledge,
    long? Escalations,
    double? Growth);

public sealed record CallFigures(long? Answered, long? Missed, long? Voicemail);

// Seconds from the alert to its acknowledgement; null when there is none (or the count is suppressed).
public sealed record AcknowledgementFigures(long? Count, double? MedianSeconds, double? P90Seconds);

// The figures of one period, month or year, before they take the contract's shape: what
// ContactReports computes for each period and what ReportCsv writes in a row.
internal sealed record PeriodFigures(
    long? Contacts,
    IReadOnlyDictionary<string, long?> ByChannel,
    CallFigures Calls,
    IReadOnlyDictionary<string, long?> ByCategory,
    IReadOnlyDictionary<string, long?> ByUrgency,
    IReadOnlyDictionary<string, long?> ByCallerRole,
    IReadOnlyDictionary<string, long?> ByLanguage,
    AcknowledgementFigures TimeToAcknowledge,
    long? Escalations);
