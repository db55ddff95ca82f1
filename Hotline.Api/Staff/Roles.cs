namespace Hotline.Api.Staff;

// The roles of the people who use the staff endpoints, as they appear in the token's role claims,
// and the authorization policy of the same name that requires each.
public static class Roles
{
    // Sees and acknowledges the contacts routed to them.
    public const string Duty = "duty";

    // Sees aggregates only.
    public const string Analyst = "analyst";

    // Keeps the roster.
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Duty, Analyst, Admin];
}
