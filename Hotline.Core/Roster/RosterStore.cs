namespace Hotline.Roster;

// TEMPORARY stand-in until the roster branch is merged (its RosterStore replaces this file).
public sealed record StaffMember(long Id, string Name, string Phone, IReadOnlyList<string> Languages, bool Coordinator);

public sealed record OnDuty(IReadOnlyList<StaffMember> Primaries, IReadOnlyList<StaffMember> Backups, IReadOnlyList<StaffMember> Coordinators);

public sealed class RosterStore
{
    public Task<OnDuty> OnDutyAsync(DateTimeOffset instant, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<StaffMember?> FindStaffAsync(long id, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<StaffMember?> FindStaffByPhoneHashAsync(byte[] phoneHash, CancellationToken cancellationToken) => throw new NotSupportedException();
}
