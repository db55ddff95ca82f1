using Hotline.Roster;

namespace Hotline.Alerts;

// Who an alert goes to at each step: primary → backup → coordinators, round after round.
// Decided at the moment of each step from who is on duty then, so a shift change during an
// escalation reaches the new people.
public static class EscalationPlan
{
    public const int TiersPerRound = 3;

    public enum Tier
    {
        Primary,
        Backup,
        Coordinators,
    }

    public static Tier TierOf(int step) => (Tier)(step % TiersPerRound);

    public static int LastStep(int rounds) => (rounds * TiersPerRound) - 1;

    // The people to alert at one tier. The primary is one person: the first on duty who speaks
    // the contact's language, else the first on duty (who then needs an interpreter). Backups
    // and coordinators are alerted together.
    public static IReadOnlyList<StaffMember> Recipients(Tier tier, OnDuty onDuty, string language) => tier switch
    {
        Tier.Primary => onDuty.Primaries
            .OrderByDescending(staff => staff.Languages.Contains(language, StringComparer.OrdinalIgnoreCase))
            .ThenBy(staff => staff.Id)
            .Take(1)
            .ToList(),
        Tier.Backup => onDuty.Backups.OrderBy(staff => staff.Id).ToList(),
        _ => onDuty.Coordinators.OrderBy(staff => staff.Id).ToList(),
    };
}
