using System.Text.RegularExpressions;
using Hotline.Twilio;

namespace Hotline.Api.Twilio;

// What a From of a Twilio webhook may be, by channel.
public static partial class SenderNumbers
{
    // The numbers Twilio puts in From when a caller withholds their number: linking them would
    // make every anonymous caller one "repeat caller".
    static readonly HashSet<string> Withheld = new(StringComparer.Ordinal) { "+266696687", "+86282452253", "+8656696687", "+7378742833", "+2562533" };

    // An SMS comes from an E.164 number, a short code, or an alphanumeric sender ID (at most 11
    // letters, digits and spaces, at least one letter). Anything else is not from a phone network.
    public static bool IsSmsSender(string from) =>
        PhoneNumbers.IsE164(from) || ShortCodePattern().IsMatch(from) || AlphanumericSenderPattern().IsMatch(from);

    // A call may come from a withheld number, a SIP address or a Twilio client: the call goes on
    // either way (the caller must never hear an error), only an E.164 number is kept as the caller.
    public static string? VoiceCaller(string from) =>
        PhoneNumbers.IsE164(from) && !Withheld.Contains(from) ? from : null;

    [GeneratedRegex("^[0-9]{3,8}$")]
    private static partial Regex ShortCodePattern();

    [GeneratedRegex("^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$")]
    private static partial Regex AlphanumericSenderPattern();
}
