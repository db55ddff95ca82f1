using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Hotline.Api.Voice;

// Absolute URLs for the TwiML: Twilio signs the URL it calls, and these are what it will call.
// The public base URL when configured (behind a proxy), else the URL this request came to. The
// state of a call (language, danger key, staff dialled) travels in the query string, which the
// signature covers, so nobody can change it on the way back.
public sealed class VoiceUrls(Uri? publicBaseUrl, HttpRequest request)
{
    public const string Root = "/twilio/voice";

    public Uri Menu => To("/menu");

    public Uri Recording => To("/recording");

    public Uri Transcription => To("/transcription");

    public Uri Dial(CallState state, long? staffId) =>
        To("/dial", state.Query(staffId is { } id ? ("staff", id.ToString(CultureInfo.InvariantCulture)) : null));

    public Uri Screen(CallState state) => To("/screen", state.Query());

    public Uri ScreenAnswer => To("/screen/answer");

    public Uri Recorded(CallState state) => To("/recorded", state.Query());

    Uri To(string path, IDictionary<string, string?>? query = null)
    {
        var url = Base() + Root + path;
        return new Uri(query is null ? url : QueryHelpers.AddQueryString(url, query));
    }

    string Base()
    {
        if (publicBaseUrl is not null)
        {
            return publicBaseUrl.AbsoluteUri.TrimEnd('/');
        }

        return $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";
    }
}
