using Hotline.Roster;
using Microsoft.Extensions.Options;

namespace Hotline.Reports;

// Monthly and yearly figures from the counts ReportStore reads: every month in the range appears,
// zero-filled, with the same breakdown keys, and small counts are withheld on request.
public sealed class ContactReports(ReportStore store, IOptions<ReportOptions> options)
{
    public const int MaxMonths = 120;
    public const int MaxYears = 50;

    public async Task<MonthlyReport> MonthlyAsync(DateOnly from, DateOnly to, bool suppress, CancellationToken cancellationToken)
    {
        var tallies = await TallyAsync(from, to, cancellationToken);
        var languages = LanguageKeys(tallies.Values);
        var threshold = suppress ? options.Value.SuppressBelow : (int?)null;
        var months = tallies.Select(month =>
        {
            var figures = Figures(month.Value, languages, threshold);
            return new MonthFigures(
                ReportMonths.Format(month.Key), figures.Contacts, figures.ByChannel, figures.Calls, figures.ByCategory, figures.ByUrgency,
                figures.ByCallerRole, figures.ByLanguage, figures.TimeToAcknowledge, figures.Escalations);
        });
        return new MonthlyReport(ReportMonths.Format(from), ReportMonths.Format(to), CopenhagenTime.ZoneId, threshold, [.. months]);
    }

    // Growth compares each year with the one before, so the year before `from` is read as well.
    public async Task<YearlyReport> YearlyAsync(int from, int to, bool suppress, CancellationToken cancellationToken)
    {
        var tallies = await TallyAsync(new DateOnly(from - 1, 1, 1), new DateOnly(to, 12, 1), cancellationToken);
        var years = tallies
            .GroupBy(month => month.Key.Year)
            .ToDictionary(
                year => year.Key,
                year => year.Aggregate(new ReportTally(), (sum, month) =>
                {
                    sum.Add(month.Value);
                    return sum;
                }));
        var shown = Enumerable.Range(from, to - from + 1).ToList();
        var languages = LanguageKeys(shown.Select(year => years[year]));
        var threshold = suppress ? options.Value.SuppressBelow : (int?)null;
        var figures = shown.Select(year =>
        {
            var tally = years[year];
            var previous = years[year - 1];
            var common = Figures(tally, languages, threshold);
            return new YearFigures(
                year, common.Contacts, common.ByChannel, common.Calls, common.ByCategory, common.ByUrgency,
                common.ByCallerRole, common.ByLanguage, common.TimeToAcknowledge, common.Escalations,
                Growth(tally.Contacts, previous.Contacts, threshold));
        });
        return new YearlyReport(from, to, CopenhagenTime.ZoneId, threshold, [.. figures]);
    }

    async Task<SortedDictionary<DateOnly, ReportTally>> TallyAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var tallies = new SortedDictionary<DateOnly, ReportTally>();
        foreach (var month in ReportMonths.Range(from, to))
        {
            tallies[month] = new ReportTally();
        }

        var (labels, alerts) = await store.ReadAsync(from, to, cancellationToken);
        foreach (var row in labels)
        {
            Month(tallies, row.Month)?.Add(row);
        }

        foreach (var row in alerts)
        {
            Month(tallies, row.Month)?.Add(row);
        }

        return tallies;
    }

    static ReportTally? Month(SortedDictionary<DateOnly, ReportTally> tallies, string month) =>
        ReportMonths.TryParse(month, out var key) ? tallies.GetValueOrDefault(key) : null;

    // Only the languages seen in the range, in code order, so that the columns of a CSV don't
    // depend on the month; "untriaged" last, like the other breakdowns.
    static List<string> LanguageKeys(IEnumerable<ReportTally> tallies) =>
        [.. tallies.SelectMany(tally => tally.Languages).Distinct().OrderBy(code => code == ReportLabels.Untriaged).ThenBy(code => code, StringComparer.Ordinal)];

    static PeriodFigures Figures(ReportTally tally, IReadOnlyList<string> languages, int? threshold)
    {
        long? Show(long count) => threshold is { } below && count > 0 && count < below ? null : count;

        Dictionary<string, long?> Breakdown(IEnumerable<string> keys, Func<string, long> count) =>
            keys.ToDictionary(key => key, key => Show(count(key)));

        var ackCount = Show(tally.AckSeconds.Sum(bucket => bucket.Value));
        var acknowledgement = ackCount is null
            ? new AcknowledgementFigures(null, null, null)
            : new AcknowledgementFigures(ackCount, Seconds(Percentiles.Of(tally.AckSeconds, 0.5)), Seconds(Percentiles.Of(tally.AckSeconds, 0.9)));
        return new PeriodFigures(
            Show(tally.Contacts),
            Breakdown(ReportLabels.Channels, tally.Channel),
            new CallFigures(Show(tally.Outcome(ReportLabels.Outcomes[0])), Show(tally.Outcome(ReportLabels.Outcomes[1])), Show(tally.Outcome(ReportLabels.Outcomes[2]))),
            Breakdown(ReportLabels.Categories, tally.Category),
            Breakdown(ReportLabels.Urgencies, tally.Urgency),
            Breakdown(ReportLabels.CallerRoles, tally.CallerRole),
            Breakdown(languages, tally.Language),
            acknowledgement,
            Show(tally.Escalations));
    }

    static double? Seconds(double? value) => value is { } seconds ? Math.Round(seconds, 1) : null;

    // A growth rate next to a withheld count would give the count away, so it is withheld too.
    static double? Growth(long contacts, long previous, int? threshold)
    {
        var hidden = threshold is { } below && ((contacts > 0 && contacts < below) || (previous > 0 && previous < below));
        return previous == 0 || hidden ? null : Math.Round((contacts - previous) / (double)previous, 4);
    }
}
