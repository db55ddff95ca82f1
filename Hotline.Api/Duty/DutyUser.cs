using System.Security.Claims;
using Hotline.Roster;

namespace Hotline.Api.Duty;

// The staff member behind a dashboard sign-in: the staff record whose login is the token's name
// (the name GET /api/me shows). Null Staff, with the reason, when there is none to use.
public sealed record DutyUser(string Login, StaffRecord? Staff, string? Problem)
{
    public static string LoginOf(ClaimsPrincipal user) =>
        user.Identity?.Name ?? user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public static async Task<DutyUser> FindAsync(ClaimsPrincipal user, RosterStore roster, CancellationToken cancellationToken)
    {
        var login = LoginOf(user);
        var staff = login.Length == 0 ? null : await roster.FindStaffByLoginAsync(login, cancellationToken);
        return staff switch
        {
            null => new DutyUser(login, null,
                $"Your sign-in '{login}' is not linked to a staff member. Ask an admin to set it as the login of your staff record."),
            { Active: false } => new DutyUser(login, null, $"The staff record of '{login}' ({staff.Name}) is inactive."),
            _ => new DutyUser(login, staff, null),
        };
    }
}
