using Microsoft.Extensions.Options;

namespace Hotline.Retention;

public sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    // Shorter would erase contacts the duty staff may still be following up.
    public static readonly TimeSpan Shortest = TimeSpan.FromDays(30);

    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        var failures = new List<string>();
        if (options.AnonymiseAfter < Shortest || options.AnonymiseAfter > TimeSpan.FromDays(3650))
        {
            failures.Add("Retention:AnonymiseAfter must be between 30.00:00:00 and 3650.00:00:00 (30 days and 10 years).");
        }

        if (options.Interval < TimeSpan.FromMinutes(1) || options.Interval > TimeSpan.FromDays(1))
        {
            failures.Add("Retention:Interval must be between 00:01:00 and 1.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
