using System.Security.Claims;
using Hotline.Api.Staff;
using Hotline.Duty;
using Hotline.Roster;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Api.Duty;

public static class DutyApi
{
    public const int DefaultDays = 14;
    public const int MaxDays = 90;
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapDuty(this RouteGroupBuilder api)
    {
        api.MapGet("/duty/contacts", Contacts).RequireAuthorization(Roles.Duty);
        return api;
    }

    public sealed record StaffSummary(long Id, string Name, bool Coordinator);

    // Message says why the list is empty when the sign-in is not a usable staff member: the
    // dashboard shows it instead of an error.
    public sealed record DutyContactsResponse(
        string Login, StaffSummary? Staff, string? Message, DateTimeOffset Since, int Limit, IReadOnlyList<DutyContact> Contacts);

    // The contacts whose alert was sent to me in the last days, newest first; a coordinator sees
    // every unacknowledged alert too. Labels only: no number, no text.
    static async Task<Results<Ok<DutyContactsResponse>, ValidationProblem>> Contacts(
        int? days, int? limit, ClaimsPrincipal user, RosterStore roster, DutyStore duty, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (days is < 1 or > MaxDays)
        {
            errors["days"] = [$"Days must be between 1 and {MaxDays}."];
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"Limit must be between 1 and {MaxLimit}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var since = time.GetUtcNow().AddDays(-(days ?? DefaultDays));
        var take = limit ?? DefaultLimit;
        var me = await DutyUser.FindAsync(user, roster, cancellationToken);
        if (me.Staff is not { } staff)
        {
            return TypedResults.Ok(new DutyContactsResponse(me.Login, null, me.Problem, since, take, []));
        }

        var contacts = await duty.ContactsAsync(staff.Id, staff.Coordinator, since, take, cancellationToken);
        return TypedResults.Ok(new DutyContactsResponse(
            me.Login, new StaffSummary(staff.Id, staff.Name, staff.Coordinator), null, since, take, contacts));
    }
}
