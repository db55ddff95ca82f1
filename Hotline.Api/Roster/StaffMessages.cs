using System.Net.Mail;
using Hotline.Roster;
using Hotline.Twilio;

namespace Hotline.Api.Roster;

// Create and change (PUT replaces the whole record): name, phone (E.164) and at least one
// language are required; active defaults to true and coordinator to false. Login is the name the
// staff member's dashboard sign-in carries (GET /api/me shows it), optional and unique.
public sealed record StaffRequest(string? Name, string? Phone, string? Email, IReadOnlyList<string>? Languages, bool? Active, bool? Coordinator, string? Login = null)
{
    public Dictionary<string, string[]> Validate(out StaffEntry entry)
    {
        var errors = new Dictionary<string, string[]>();
        var name = Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors["name"] = ["A name is required."];
        }
        else if (name.Length > RosterRules.MaxNameLength)
        {
            errors["name"] = [$"A name has at most {RosterRules.MaxNameLength} characters."];
        }

        var phone = Phone?.Trim() ?? "";
        if (!PhoneNumbers.IsE164(phone))
        {
            errors["phone"] = ["The phone number must be in E.164 form, like +4520123456."];
        }

        var email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        if (email is not null && (!MailAddress.TryCreate(email, out var address) || address.Address != email))
        {
            errors["email"] = ["The e-mail address is not valid."];
        }

        var languages = (Languages ?? []).Select(code => code?.Trim().ToLowerInvariant() ?? "").Distinct().ToList();
        var unknown = languages.Where(code => !StaffLanguages.IsKnown(code)).ToList();
        if (languages.Count == 0)
        {
            errors["languages"] = ["At least one language (an ISO 639-1 code such as da or en) is required."];
        }
        else if (unknown.Count > 0)
        {
            errors["languages"] = unknown.Select(code => $"'{code}' is not a known ISO 639-1 language code.").ToArray();
        }

        var login = string.IsNullOrWhiteSpace(Login) ? null : Login.Trim();
        if (login is not null && (login.Length > RosterRules.MaxLoginLength || login.Any(char.IsControl)))
        {
            errors["login"] = [$"A login has at most {RosterRules.MaxLoginLength} characters, none of them control characters."];
        }

        entry = new StaffEntry(name, phone, email, languages, Active ?? true, Coordinator ?? false, login);
        return errors;
    }
}

public sealed record StaffResponse(long Id, string Name, string Phone, string? Email, IReadOnlyList<string> Languages, bool Active, bool Coordinator, string? Login = null)
{
    public static StaffResponse From(StaffRecord staff) =>
        new(staff.Id, staff.Name, staff.Phone, staff.Email, staff.Languages, staff.Active, staff.Coordinator, staff.Login);
}
