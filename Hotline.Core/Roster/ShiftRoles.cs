namespace Hotline.Roster;

// Escalation goes primary → backup → coordinators.
public static class ShiftRoles
{
    public const string Primary = "primary";
    public const string Backup = "backup";

    public static bool IsKnown(string? role) => role is Primary or Backup;
}
