namespace Hotline.Roster;

// Who can be alerted at one instant. Phone is the decrypted E.164 number: routing needs it to
// send the alert, and must not log it.
public sealed record StaffMember(long Id, string Name, string Phone, IReadOnlyList<string> Languages, bool Coordinator);

public sealed record OnDuty(IReadOnlyList<StaffMember> Primaries, IReadOnlyList<StaffMember> Backups, IReadOnlyList<StaffMember> Coordinators)
{
    public bool HasPrimary => Primaries.Count > 0;
}
