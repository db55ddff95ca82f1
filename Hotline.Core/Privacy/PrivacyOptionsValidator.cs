using Microsoft.Extensions.Options;

namespace Hotline.Privacy;

public sealed class PrivacyOptionsValidator : IValidateOptions<PrivacyOptions>
{
    public ValidateOptionsResult Validate(string? name, PrivacyOptions options)
    {
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.CurrentKeyId))
        {
            failures.Add("Privacy:CurrentKeyId is required: the id of the key that encrypts new data.");
        }
        else if (!options.Keys.ContainsKey(options.CurrentKeyId))
        {
            failures.Add($"Privacy:Keys:{options.CurrentKeyId} is missing: Privacy:CurrentKeyId names a key that is not configured.");
        }

        foreach (var (keyId, value) in options.Keys)
        {
            if (DecodedLength(value) != PersonalDataProtector.KeySizeInBytes)
            {
                failures.Add($"Privacy:Keys:{keyId} must be the Base64 of {PersonalDataProtector.KeySizeInBytes} random bytes.");
            }
        }

        if (DecodedLength(options.HashKey) < PersonalDataProtector.KeySizeInBytes)
        {
            failures.Add($"Privacy:HashKey must be the Base64 of at least {PersonalDataProtector.KeySizeInBytes} random bytes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    static int DecodedLength(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) ? written : -1;
    }
}
