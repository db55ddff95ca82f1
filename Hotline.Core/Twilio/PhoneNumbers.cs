using System.Text.RegularExpressions;

namespace Hotline.Twilio;

public static partial class PhoneNumbers
{
    // ITU-T E.164: a plus, a country code that does not start with 0, at most 15 digits in all.
    public static bool IsE164(string value) => E164Pattern().IsMatch(value);

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164Pattern();
}
