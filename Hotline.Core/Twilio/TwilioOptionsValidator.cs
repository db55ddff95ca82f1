using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Hotline.Twilio;

public sealed partial class TwilioOptionsValidator : IValidateOptions<TwilioOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioOptions options)
    {
        var failures = new List<string>();

        // Without a token no webhook can be verified: every request would be refused.
        if (string.IsNullOrWhiteSpace(options.AuthToken))
        {
            failures.Add("Twilio:AuthToken is required (set it as a user secret or the environment variable Twilio__AuthToken).");
        }

        if (options.PreviousAuthTokens.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("Twilio:PreviousAuthTokens may not hold an empty token (remove the entry once the rotation is over).");
        }

        if (options.Mode == TwilioMode.Live)
        {
            if (options.AccountSid is null || !AccountSidPattern().IsMatch(options.AccountSid))
            {
                failures.Add("Twilio:AccountSid must be 'AC' followed by 32 hexadecimal digits when Twilio:Mode is Live.");
            }

            if (options.PhoneNumber is null || !PhoneNumbers.IsE164(options.PhoneNumber))
            {
                failures.Add("Twilio:PhoneNumber must be an E.164 number (+4512345678) when Twilio:Mode is Live.");
            }
        }

        if (options.PublicBaseUrl is { } publicUrl && !IsHttpUrl(publicUrl))
        {
            failures.Add("Twilio:PublicBaseUrl must be an absolute http:// or https:// URL.");
        }

        if (options.ApiBaseUrl is { } apiUrl && !IsHttpUrl(apiUrl))
        {
            failures.Add("Twilio:ApiBaseUrl must be an absolute http:// or https:// URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    static bool IsHttpUrl(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^AC[0-9a-fA-F]{32}$")]
    private static partial Regex AccountSidPattern();
}
