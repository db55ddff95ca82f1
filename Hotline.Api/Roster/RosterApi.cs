using Hotline.Api.Audit;
using Hotline.Api.Staff;
using Hotline.Roster;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Api.Roster;

public static class RosterApi
{
    public const int DefaultGapHours = 72;
    public const int MaxGapHours = 31 * 24;

    // Keeping the roster is the admins' job; routing reads it through RosterStore, not over HTTP.
    public static RouteGroupBuilder MapRoster(this RouteGroupBuilder api)
    {
        api.MapGroup("/staff").RequireAuthorization(Roles.Admin).AddEndpointFilter<AuditFilter>().MapStaff();
        api.MapGroup("/shifts").RequireAuthorization(Roles.Admin).AddEndpointFilter<AuditFilter>().MapShifts();

        var roster = api.MapGroup("/roster").RequireAuthorization(Roles.Admin);
        roster.MapGet("/gaps", Gaps);
        roster.MapGet("/on-duty", OnDuty);
        return api;
    }

    // The periods in the next N hours with no active primary on duty: contacts then go straight
    // to the coordinators, so an admin wants to see them before they happen.
    static async Task<Results<Ok<GapReport>, ValidationProblem>> Gaps(
        int? hours, RosterStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var span = hours ?? DefaultGapHours;
        if (span is < 1 or > MaxGapHours)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["hours"] = [$"Hours must be between 1 and {MaxGapHours}."] });
        }

        var from = time.GetUtcNow();
        var to = from.AddHours(span);
        var gaps = await store.FindGapsAsync(from, to, cancellationToken);
        return TypedResults.Ok(new GapReport(
            from, to, CopenhagenTime.ToLocal(from), CopenhagenTime.ToLocal(to), gaps.Select(GapResponse.From).ToList()));
    }

    // Who would be alerted at an instant (now by default): what routing will see.
    static async Task<Results<Ok<OnDutyResponse>, ValidationProblem>> OnDuty(
        string? at, RosterStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var instant = time.GetUtcNow();
        if (at is not null && !CopenhagenTime.TryParse(at, out instant, out var error))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["at"] = [error] });
        }

        var onDuty = await store.OnDutyAsync(instant, cancellationToken);
        return TypedResults.Ok(new OnDutyResponse(
            instant.ToUniversalTime(), CopenhagenTime.ToLocal(instant), onDuty.Primaries, onDuty.Backups, onDuty.Coordinators));
    }
}
