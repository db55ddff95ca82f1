using Microsoft.Extensions.Options;

namespace Hotline.Api.Duty;

// The Duty section: teams whose members see each other's contacts on the dashboard, each a name
// and the logins of its members (Duty:Teams:north:0=anna, Duty:Teams:north:1=bo). Without teams
// a duty user sees the contacts alerted to them only. Seeing is not acting: acknowledging still
// needs the alert to have been sent to you, or a coordinator.
public sealed class DutyOptions
{
    public const string Section = "Duty";

    public Dictionary<string, List<string>> Teams { get; set; } = [];

    // The logins who share a team with this one, not this one itself.
    public IReadOnlySet<string> TeammatesOf(string login) =>
        Teams.Values
            .Where(members => members.Contains(login, StringComparer.Ordinal))
            .SelectMany(members => members)
            .Where(member => member != login)
            .ToHashSet(StringComparer.Ordinal);
}

public sealed class DutyOptionsValidator : IValidateOptions<DutyOptions>
{
    public ValidateOptionsResult Validate(string? name, DutyOptions options)
    {
        var failures = options.Teams
            .Where(team => team.Value.Count == 0 || team.Value.Any(string.IsNullOrWhiteSpace))
            .Select(team => $"Duty:Teams:{team.Key} must list the logins of its members, none of them empty.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
