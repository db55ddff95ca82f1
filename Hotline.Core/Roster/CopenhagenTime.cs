using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Hotline.Roster;

// The roster is kept in Copenhagen wall-clock time and stored as UTC instants. The two DST rules:
// - a wall-clock time in the spring gap (last Sunday of March, 02:00–03:00) does not exist and is
//   rejected, because guessing would silently move a shift by an hour;
// - a wall-clock time in the autumn overlap (last Sunday of October, 02:00–03:00 happens twice)
//   means its first occurrence, still in summer time (+02:00). A time given with an offset is an
//   instant already and picks either occurrence.
public static partial class CopenhagenTime
{
    public const string ZoneId = "Europe/Copenhagen";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static bool TryResolve(DateTime wallClock, out DateTimeOffset instant, [NotNullWhen(false)] out string? error)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        error = null;
        if (Zone.IsInvalidTime(local))
        {
            instant = default;
            error = $"{local:yyyy-MM-dd'T'HH:mm} does not exist in {ZoneId}: the clocks skip that hour when summer time begins. Give a time outside the gap, or one with a UTC offset.";
            return false;
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        instant = new DateTimeOffset(local, offset).ToUniversalTime();
        return true;
    }

    // ISO 8601 without an offset (Copenhagen wall-clock time) or with one (Z or ±hh:mm).
    public static bool TryParse(string? text, out DateTimeOffset instant, [NotNullWhen(false)] out string? error)
    {
        instant = default;
        var match = text is null ? null : IsoPattern().Match(text.Trim());
        if (match is not { Success: true }
            || !DateTime.TryParseExact(match.Groups["local"].Value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            error = $"'{text}' is not a date and time like 2026-03-29T22:00 (Copenhagen time) or 2026-03-29T22:00+02:00.";
            return false;
        }

        var offsetText = match.Groups["offset"].Value;
        if (offsetText.Length == 0)
        {
            return TryResolve(local, out instant, out error);
        }

        var offset = offsetText == "Z" ? TimeSpan.Zero : TimeSpan.ParseExact(offsetText[1..], @"hh\:mm", CultureInfo.InvariantCulture);
        if (offsetText[0] == '-')
        {
            offset = -offset;
        }

        if (offset.Duration() > TimeSpan.FromHours(14))
        {
            error = $"'{text}' has an offset beyond ±14:00.";
            return false;
        }

        instant = new DateTimeOffset(local, offset).ToUniversalTime();
        error = null;
        return true;
    }

    static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    [GeneratedRegex(@"^(?<local>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?)(?<offset>Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex IsoPattern();
}
