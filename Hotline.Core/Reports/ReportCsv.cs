using System.Globalization;
using System.Text;

namespace Hotline.Reports;

// The CSV form of a report (RFC 4180, CRLF): one row per period, one column per figure, the
// breakdowns flattened as category_<x>, urgency_<x>, caller_role_<x>, language_<x>. A withheld
// count is written "<N" (N the threshold), a missing value (no acknowledgement, no growth) empty.
// Every key is a taxonomy value or a language code, so nothing needs quoting.
public static class ReportCsv
{
    public static string Monthly(MonthlyReport report) =>
        Write("month", report.SuppressedBelow, report.Months.Select(month => new Row(
            month.Month,
            new PeriodFigures(month.Contacts, month.ByChannel, month.Calls, month.ByCategory, month.ByUrgency, month.ByCallerRole,
                month.ByLanguage, month.TimeToAcknowledge, month.Escalations),
            Growth: null)), growthColumn: false);

    public static string Yearly(YearlyReport report) =>
        Write("year", report.SuppressedBelow, report.Years.Select(year => new Row(
            year.Year.ToString(CultureInfo.InvariantCulture),
            new PeriodFigures(year.Contacts, year.ByChannel, year.Calls, year.ByCategory, year.ByUrgency, year.ByCallerRole,
                year.ByLanguage, year.TimeToAcknowledge, year.Escalations),
            year.Growth)), growthColumn: true);

    sealed record Row(string Period, PeriodFigures Figures, double? Growth);

    static string Write(string periodColumn, int? suppressedBelow, IEnumerable<Row> rows, bool growthColumn)
    {
        var all = rows.ToList();
        var first = all.FirstOrDefault()?.Figures;
        var categories = first?.ByCategory.Keys.ToList() ?? [.. ReportLabels.Categories];
        var urgencies = first?.ByUrgency.Keys.ToList() ?? [.. ReportLabels.Urgencies];
        var callerRoles = first?.ByCallerRole.Keys.ToList() ?? [.. ReportLabels.CallerRoles];
        var languages = first?.ByLanguage.Keys.ToList() ?? [];

        var header = new List<string> { periodColumn, "contacts", "sms", "voice", "answered", "missed", "voicemail" };
        header.AddRange(categories.Select(key => "category_" + key));
        header.AddRange(urgencies.Select(key => "urgency_" + key));
        header.AddRange(callerRoles.Select(key => "caller_role_" + key));
        header.AddRange(languages.Select(key => "language_" + key));
        header.AddRange(["ack_count", "ack_median_seconds", "ack_p90_seconds", "escalations"]);
        if (growthColumn)
        {
            header.Add("growth");
        }

        var csv = new StringBuilder();
        csv.Append(string.Join(',', header)).Append("\r\n");
        foreach (var row in all)
        {
            string Count(long? value) => value is { } count ? count.ToString(CultureInfo.InvariantCulture) : "<" + suppressedBelow?.ToString(CultureInfo.InvariantCulture);

            var figures = row.Figures;
            var cells = new List<string>
            {
                row.Period,
                Count(figures.Contacts),
                Count(figures.ByChannel.GetValueOrDefault(ReportLabels.Channels[0])),
                Count(figures.ByChannel.GetValueOrDefault(ReportLabels.Channels[1])),
                Count(figures.Calls.Answered),
                Count(figures.Calls.Missed),
                Count(figures.Calls.Voicemail),
            };
            cells.AddRange(categories.Select(key => Count(figures.ByCategory[key])));
            cells.AddRange(urgencies.Select(key => Count(figures.ByUrgency[key])));
            cells.AddRange(callerRoles.Select(key => Count(figures.ByCallerRole[key])));
            cells.AddRange(languages.Select(key => Count(figures.ByLanguage[key])));
            cells.Add(Count(figures.TimeToAcknowledge.Count));
            cells.Add(Number(figures.TimeToAcknowledge.MedianSeconds));
            cells.Add(Number(figures.TimeToAcknowledge.P90Seconds));
            cells.Add(Count(figures.Escalations));
            if (growthColumn)
            {
                cells.Add(Number(row.Growth));
            }

            csv.Append(string.Join(',', cells)).Append("\r\n");
        }

        return csv.ToString();
    }

    static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
}
