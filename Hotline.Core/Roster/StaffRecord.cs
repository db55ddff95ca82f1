namespace Hotline.Roster;

// A staff member as an admin gives it. Login is the name their dashboard sign-in carries (see
// Hotline.Api/Duty), null for someone who only gets SMS.
public sealed record StaffEntry(string Name, string Phone, string? Email, IReadOnlyList<string> Languages, bool Active, bool Coordinator, string? Login = null);

// A staff member as stored, personal data decrypted.
public sealed record StaffRecord(long Id, string Name, string Phone, string? Email, IReadOnlyList<string> Languages, bool Active, bool Coordinator, string? Login = null)
{
    public StaffMember ToMember() => new(Id, Name, Phone, Languages, Coordinator);
}

public enum StaffSaveOutcome
{
    Saved,
    NotFound,
    PhoneTaken,
    LoginTaken,
}

public sealed record StaffSaveResult(StaffSaveOutcome Outcome, StaffRecord? Staff = null);

// A staff member that shifts refer to is deactivated rather than deleted, so that the history of
// who was on duty stays whole; one nobody refers to is deleted.
public enum StaffRemoval
{
    NotFound,
    Deleted,
    Deactivated,
}
