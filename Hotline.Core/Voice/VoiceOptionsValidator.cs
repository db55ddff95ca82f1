using System.Text.RegularExpressions;
using Hotline.Twilio;
using Microsoft.Extensions.Options;

namespace Hotline.Voice;

public sealed partial class VoiceOptionsValidator : IValidateOptions<VoiceOptions>
{
    public ValidateOptionsResult Validate(string? name, VoiceOptions options)
    {
        var failures = new List<string>();

        if (options.DialTimeoutSeconds is < 5 or > 60)
        {
            failures.Add("Voice:DialTimeoutSeconds must be between 5 and 60.");
        }

        if (options.MenuTimeoutSeconds is < 2 or > 30)
        {
            failures.Add("Voice:MenuTimeoutSeconds must be between 2 and 30.");
        }

        if (options.ScreenTimeoutSeconds is < 3 or > 30)
        {
            failures.Add("Voice:ScreenTimeoutSeconds must be between 3 and 30.");
        }

        if (options.MaxRecordingSeconds is < 10 or > 600)
        {
            failures.Add("Voice:MaxRecordingSeconds must be between 10 and 600 (Twilio transcribes at most 120).");
        }

        if (options.RosterCacheDuration < TimeSpan.Zero || options.RosterCacheDuration > TimeSpan.FromMinutes(1))
        {
            failures.Add("Voice:RosterCacheDuration must be between 00:00:00 and 00:01:00.");
        }

        if (options.RosterTimeout <= TimeSpan.Zero || options.RosterTimeout > TimeSpan.FromSeconds(5))
        {
            failures.Add("Voice:RosterTimeout must be between 00:00:00 and 00:00:05: Twilio waits 15 s in all for the answer.");
        }

        if (options.FallbackNumber is { } fallback && !PhoneNumbers.IsE164(fallback))
        {
            failures.Add("Voice:FallbackNumber must be an E.164 number (+4512345678).");
        }

        if (options.TranscriptionWait < TimeSpan.Zero || options.TranscriptionWait > TimeSpan.FromMinutes(30))
        {
            failures.Add("Voice:TranscriptionWait must be between 00:00:00 and 00:30:00.");
        }

        if (options.SweepInterval <= TimeSpan.Zero || options.SweepInterval > TimeSpan.FromMinutes(1))
        {
            failures.Add("Voice:SweepInterval must be between 00:00:00 and 00:01:00.");
        }

        var digits = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < options.Languages.Count; index++)
        {
            var language = options.Languages[index];
            var key = $"Voice:Languages:{index}";
            if (!ExtraDigit().IsMatch(language.Digit) || !digits.Add(language.Digit))
            {
                failures.Add($"{key}:Digit must be one key from 3 to 8, used by one language only.");
            }

            if (!LanguageCode().IsMatch(language.Code))
            {
                failures.Add($"{key}:Code must be an ISO 639-1 code in lower case (pl).");
            }

            if (string.IsNullOrWhiteSpace(language.Name))
            {
                failures.Add($"{key}:Name must be the language's Danish name (polsk).");
            }

            if (!SayLanguage().IsMatch(language.SayLanguage))
            {
                failures.Add($"{key}:SayLanguage must be a Twilio <Say> language such as pl-PL.");
            }

            if (string.IsNullOrWhiteSpace(language.Prompt))
            {
                failures.Add($"{key}:Prompt must say, in the language, which key chooses it.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[3-8]$")]
    private static partial Regex ExtraDigit();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex("^[a-z]{2,3}-[A-Z]{2}$")]
    private static partial Regex SayLanguage();
}
