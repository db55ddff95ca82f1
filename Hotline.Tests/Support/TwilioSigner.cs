using System.Security.Cryptography;
using System.Text;

namespace Hotline.Tests.Support;

// Signs a webhook the way Twilio documents it, written here independently of the library's
// RequestValidator, so that the tests would catch a validator used the wrong way.
public static class TwilioSigner
{
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var payload = new StringBuilder(url);
        foreach (var (name, value) in form.OrderBy(field => field.Key, StringComparer.Ordinal))
        {
            payload.Append(name).Append(value);
        }

#pragma warning disable CA5350 // HMAC-SHA1 is what Twilio signs with; not our choice.
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(payload.ToString())));
#pragma warning restore CA5350
    }

    public static HttpRequestMessage SignedPost(string url, IReadOnlyDictionary<string, string> form, string authToken = TestSecrets.AuthToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", Sign(authToken, url, form));
        return request;
    }
}
