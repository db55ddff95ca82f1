using Hotline.Roster;

namespace Hotline.Api.Roster;

// Start and end as Copenhagen wall-clock times ("2026-03-29T22:00") or with an offset
// ("2026-03-29T22:00+02:00", "…Z"); see CopenhagenTime for the DST rules. Role defaults to primary.
public sealed record ShiftRequest(long? StaffId, string? Role, string? Start, string? End)
{
    // Checks the shape; whether the staff member exists and is active needs the store.
    public Dictionary<string, string[]> Validate(out ShiftEntry entry)
    {
        var errors = new Dictionary<string, string[]>();
        if (StaffId is not > 0)
        {
            errors["staffId"] = ["A staff id is required."];
        }

        var role = Role?.Trim().ToLowerInvariant() ?? ShiftRoles.Primary;
        if (!ShiftRoles.IsKnown(role))
        {
            errors["role"] = [$"The role must be {ShiftRoles.Primary} or {ShiftRoles.Backup}."];
        }

        if (!CopenhagenTime.TryParse(Start, out var start, out var startError))
        {
            errors["start"] = [startError];
        }

        if (!CopenhagenTime.TryParse(End, out var end, out var endError))
        {
            errors["end"] = [endError];
        }

        if (startError is null && endError is null && RosterRules.ShiftTimesProblem(start, end) is { } problem)
        {
            errors["end"] = [problem];
        }

        entry = new ShiftEntry(StaffId ?? 0, role, start, end);
        return errors;
    }
}

// Each instant twice: in UTC, and in Copenhagen time with the offset that applied then. Hours is
// the real length, so a 22:00–07:00 night is 8 in March and 10 in October.
public sealed record ShiftResponse(
    long Id,
    long StaffId,
    string StaffName,
    string Role,
    DateTimeOffset StartUtc,
    DateTimeOffset EndUtc,
    DateTimeOffset StartLocal,
    DateTimeOffset EndLocal,
    double Hours,
    string? SourceUid)
{
    public static ShiftResponse From(ShiftRecord shift) => new(
        shift.Id,
        shift.StaffId,
        shift.StaffName,
        shift.Role,
        shift.Start.ToUniversalTime(),
        shift.End.ToUniversalTime(),
        CopenhagenTime.ToLocal(shift.Start),
        CopenhagenTime.ToLocal(shift.End),
        (shift.End - shift.Start).TotalHours,
        shift.SourceUid);
}

public sealed record ImportUrlRequest(string? Url);
