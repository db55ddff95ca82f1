using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Hotline.Roster;

namespace Hotline.Reports;

// Report periods are calendar months in Europe/Copenhagen, written yyyy-MM. A month is a DateOnly
// on its first day, so that ranges and sorting need no parsing.
public static class ReportMonths
{
    public const int MinYear = 1970;
    public const int MaxYear = 9998;

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    // The Copenhagen month an instant belongs to: 2026-03-31T22:30Z is 1 April, 00:30 local.
    public static DateOnly Of(DateTimeOffset instant)
    {
        var local = CopenhagenTime.ToLocal(instant);
        return new DateOnly(local.Year, local.Month, 1);
    }

    public static bool TryParse(string? text, out DateOnly month) =>
        DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out month)
        && month.Year is >= MinYear and <= MaxYear;

    public static bool TryParseYear(string? text, [NotNullWhen(true)] out int? year)
    {
        year = null;
        if (text is { Length: 4 } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= MinYear and <= MaxYear)
        {
            year = value;
        }

        return year is not null;
    }

    public static IEnumerable<DateOnly> Range(DateOnly from, DateOnly to)
    {
        for (var month = from; month <= to; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    public static int Count(DateOnly from, DateOnly to) => ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
}
