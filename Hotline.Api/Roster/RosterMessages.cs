using Hotline.Roster;

namespace Hotline.Api.Roster;

public sealed record GapReport(DateTimeOffset FromUtc, DateTimeOffset ToUtc, DateTimeOffset FromLocal, DateTimeOffset ToLocal, IReadOnlyList<GapResponse> Gaps);

public sealed record GapResponse(DateTimeOffset StartUtc, DateTimeOffset EndUtc, DateTimeOffset StartLocal, DateTimeOffset EndLocal, double Hours)
{
    public static GapResponse From(RosterGap gap) => new(
        gap.Start.ToUniversalTime(),
        gap.End.ToUniversalTime(),
        CopenhagenTime.ToLocal(gap.Start),
        CopenhagenTime.ToLocal(gap.End),
        (gap.End - gap.Start).TotalHours);
}

public sealed record OnDutyResponse(
    DateTimeOffset AtUtc,
    DateTimeOffset AtLocal,
    IReadOnlyList<StaffMember> Primaries,
    IReadOnlyList<StaffMember> Backups,
    IReadOnlyList<StaffMember> Coordinators);
