using System.Globalization;
using System.Text.Unicode;

namespace Hotline.Api.Twilio;

// What a Twilio webhook may look like before any handler sees it. Twilio sends 20–50 short,
// URL-encoded UTF-8 fields; anything far from that is refused with a reason, never stored.
//
// Rejected vs tolerated: identifiers and Twilio's own vocabulary (SIDs, numbers, statuses, cities)
// never contain control or format characters, so one there means a forged or broken request. The
// free text a person wrote (Body, TranscriptionText) is taken as it is: an SMS legitimately holds
// newlines, emoji (joined by U+200D), right-to-left marks, and a phone may send a stray control
// character (all but NUL); refusing it would lose the message (Twilio does not retry an SMS webhook), and the
// text is only ever sealed, never logged, and the classifier is tested against such input.
// Invalid UTF-8 is refused everywhere: Twilio always sends valid UTF-8, and a form that is not
// cannot be read back as what was signed.
public static class TwilioFormRules
{
    public const int MaxFields = 128;
    public const int MaxNameLength = 64;
    public const int MaxValueLength = 8 * 1024;
    public const int MaxQueryLength = 1024;

    // Twilio SIDs are two letters and 32 hexadecimal digits; room for a longer future format.
    const int MaxSidLength = 64;

    // E.164 is at most 16 characters; SIP and client addresses of a voice call are longer.
    const int MaxAddressLength = 128;

    static readonly HashSet<string> FreeText = new(StringComparer.Ordinal) { "Body", "TranscriptionText" };

    static readonly HashSet<string> Addresses = new(StringComparer.Ordinal) { "From", "To", "Caller", "Called", "ForwardedFrom" };

    // The raw form, before ASP.NET decodes it (it would replace invalid UTF-8 silently): names and
    // values percent-decoded byte for byte, then checked as strict UTF-8.
    public static string? EncodingProblem(ReadOnlySpan<byte> form)
    {
        var fields = 0;
        var buffer = new byte[form.Length];
        while (!form.IsEmpty)
        {
            var end = form.IndexOf((byte)'&');
            var pair = end < 0 ? form : form[..end];
            form = end < 0 ? [] : form[(end + 1)..];
            if (pair.IsEmpty)
            {
                continue;
            }

            if (++fields > MaxFields)
            {
                return $"A Twilio webhook has at most {MaxFields} fields.";
            }

            var equals = pair.IndexOf((byte)'=');
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? [] : pair[(equals + 1)..];
            if (Decode(name, buffer) is not { } nameLength)
            {
                return "The form has a malformed percent-encoding.";
            }

            if (!Utf8.IsValid(buffer.AsSpan(0, nameLength)))
            {
                return "The form is not valid UTF-8.";
            }

            if (nameLength > MaxNameLength)
            {
                return $"A field name is longer than {MaxNameLength} bytes.";
            }

            if (Decode(value, buffer) is not { } valueLength)
            {
                return "The form has a malformed percent-encoding.";
            }

            if (!Utf8.IsValid(buffer.AsSpan(0, valueLength)))
            {
                return "The form is not valid UTF-8.";
            }

            // Not even the free text may hold NUL: no phone sends it, and ASP.NET's form reader
            // refuses it anyway; saying so here gives the reason.
            if (buffer.AsSpan(0, valueLength).Contains((byte)0) || buffer.AsSpan(0, nameLength).Contains((byte)0))
            {
                return "The form contains a NUL character.";
            }
        }

        return null;
    }

    // The fields one by one, by what they are: SIDs and addresses bounded, no control characters
    // outside the free text.
    public static string? FieldProblem(IFormCollection form)
    {
        foreach (var (name, values) in form)
        {
            if (values.Count > 1)
            {
                return $"{name} appears more than once.";
            }

            var value = values.ToString();
            if (value.Length > MaxValueLength)
            {
                return $"{Printable(name)} is longer than {MaxValueLength} characters.";
            }

            if (name.EndsWith("Sid", StringComparison.Ordinal) && value.Length > MaxSidLength)
            {
                return $"{name} is longer than any Twilio SID.";
            }

            if (Addresses.Contains(name) && value.Length > MaxAddressLength)
            {
                return $"{name} is longer than any phone number or address ({MaxAddressLength} characters).";
            }

            if (!FreeText.Contains(name) && (HasControlOrFormat(name) || HasControlOrFormat(value)))
            {
                return $"{Printable(name)} contains control characters.";
            }
        }

        return null;
    }

    // After EncodingProblem no lone surrogate is left: strict UTF-8 cannot carry one.
    static bool HasControlOrFormat(string text) =>
        text.Any(c => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format);

    // The name goes back in the reason only when it is harmless to echo.
    static string Printable(string name) => name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && name.Length <= MaxNameLength ? name : "A field";

    // application/x-www-form-urlencoded: '+' is a space, %XX a byte. Null when an escape is broken.
    static int? Decode(ReadOnlySpan<byte> encoded, byte[] into)
    {
        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == (byte)'+')
            {
                into[length++] = (byte)' ';
            }
            else if (b == (byte)'%')
            {
                if (i + 2 >= encoded.Length || !IsHex(encoded[i + 1]) || !IsHex(encoded[i + 2]))
                {
                    return null;
                }

                into[length++] = (byte)((HexValue(encoded[i + 1]) << 4) | HexValue(encoded[i + 2]));
                i += 2;
            }
            else
            {
                into[length++] = b;
            }
        }

        return length;
    }

    static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
