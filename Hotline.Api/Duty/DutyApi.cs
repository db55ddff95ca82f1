using System.Security.Claims;
using Hotline.Api.Staff;
using Hotline.Duty;
using Hotline.Roster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Hotline.Api.Duty;

public static class DutyApi
{
    public const int DefaultDays = 14;
    public const int MaxDays = 90;
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static IServiceCollection AddDuty(this IServiceCollection services)
    {
        services.AddOptions<DutyOptions>().BindConfiguration(DutyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DutyOptions>, DutyOptionsValidator>();

        // The dashboard's duty view reads the alerts sent to the signed-in staff member.
        services.AddSingleton<DutyStore>();
        return services;
    }

    public static RouteGroupBuilder MapDuty(this RouteGroupBuilder api)
    {
        api.MapGet("/duty/contacts", Contacts).RequireAuthorization(Roles.Duty);
        return api;
    }

    public sealed record StaffSummary(long Id, string Name, bool Coordinator);

    // Message says why the list is empty when the sign-in is not a usable staff member: the
    // dashboard shows it instead of an error.
    public sealed record DutyContactsResponse(
        string Login, StaffSummary? Staff, string? Message, DateTimeOffset Since, int Limit, IReadOnlyList<DutyContact> Contacts)
    {
        // The teammates whose contacts are listed too (Duty:Teams), by name.
        public IReadOnlyList<string> Team { get; init; } = [];
    }

    // The contacts whose alert was sent to me, or to a teammate, in the last days, newest first;
    // a coordinator sees every unacknowledged alert too. Labels only: no number, no text.
    static async Task<Results<Ok<DutyContactsResponse>, ValidationProblem>> Contacts(
        int? days, int? limit, ClaimsPrincipal user, RosterStore roster, DutyStore duty, IOptions<DutyOptions> options,
        TimeProvider time, CancellationToken cancellationToken)
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

        var contacts = (await duty.ContactsAsync(staff.Id, staff.Coordinator, since, take, cancellationToken)).ToList();
        var team = new List<string>();
        foreach (var login in options.Value.TeammatesOf(me.Login))
        {
            if (await roster.FindStaffByLoginAsync(login, cancellationToken) is not { Active: true } teammate)
            {
                continue;
            }

            team.Add(teammate.Name);
            var seen = contacts.Select(contact => contact.Alert.Id).ToHashSet();
            // Not in my own list, so not sent to me (SentToMe was the teammate's).
            contacts.AddRange((await duty.ContactsAsync(teammate.Id, coordinator: false, since, take, cancellationToken))
                .Where(contact => !seen.Contains(contact.Alert.Id))
                .Select(contact => contact with { Alert = contact.Alert with { SentToMe = false } }));
        }

        var newest = contacts.OrderByDescending(contact => contact.ReceivedAt).Take(take).ToList();
        return TypedResults.Ok(new DutyContactsResponse(
            me.Login, new StaffSummary(staff.Id, staff.Name, staff.Coordinator), null, since, take, newest) { Team = team });
    }
}
