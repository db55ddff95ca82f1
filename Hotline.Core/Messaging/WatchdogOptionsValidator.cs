using Microsoft.Extensions.Options;

namespace Hotline.Messaging;

public sealed class WatchdogOptionsValidator : IValidateOptions<WatchdogOptions>
{
    public ValidateOptionsResult Validate(string? name, WatchdogOptions options)
    {
        var failures = new List<string>();
        if (options.Interval <= TimeSpan.Zero || options.Interval > TimeSpan.FromMinutes(1))
        {
            failures.Add("Watchdog:Interval must be between 00:00:00 and 00:01:00.");
        }

        if (options.StallTimeout < options.Interval || options.StallTimeout > TimeSpan.FromHours(1))
        {
            failures.Add("Watchdog:StallTimeout must be at least Watchdog:Interval and at most 01:00:00.");
        }

        if (options.RestartTimeout <= TimeSpan.Zero || options.RestartTimeout > TimeSpan.FromMinutes(5))
        {
            failures.Add("Watchdog:RestartTimeout must be between 00:00:00 and 00:05:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
