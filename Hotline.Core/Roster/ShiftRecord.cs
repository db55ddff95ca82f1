namespace Hotline.Roster;

// Start inclusive, end exclusive, both instants (stored as UTC).
public sealed record ShiftEntry(long StaffId, string Role, DateTimeOffset Start, DateTimeOffset End);

public sealed record ShiftRecord(long Id, long StaffId, string StaffName, string Role, DateTimeOffset Start, DateTimeOffset End, string? SourceUid);
