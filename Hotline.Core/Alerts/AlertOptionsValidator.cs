using Microsoft.Extensions.Options;

namespace Hotline.Alerts;

public sealed class AlertOptionsValidator : IValidateOptions<AlertOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        var failures = new List<string>();
        foreach (var urgency in new[] { "immediate", "high", "normal", "low" })
        {
            if (!options.EscalateAfter.TryGetValue(urgency, out var wait) || wait <= TimeSpan.Zero)
            {
                failures.Add($"Alerts:EscalateAfter:{urgency} must be a positive time span (e.g. 00:02:00).");
            }
        }

        if (options.Rounds is < 1 or > 20)
        {
            failures.Add("Alerts:Rounds must be between 1 and 20.");
        }

        if (options.PollInterval <= TimeSpan.Zero || options.PollInterval > TimeSpan.FromMinutes(1))
        {
            failures.Add("Alerts:PollInterval must be between 00:00:00 and 00:01:00.");
        }

        if (options.SendAttempts is < 1 or > 20)
        {
            failures.Add("Alerts:SendAttempts must be between 1 and 20.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
