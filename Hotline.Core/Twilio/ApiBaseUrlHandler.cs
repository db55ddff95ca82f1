namespace Hotline.Twilio;

// Sends the Twilio library's requests, which always name api.twilio.com, to Twilio:ApiBaseUrl
// instead, keeping the path and query.
public sealed class ApiBaseUrlHandler(Uri apiBaseUrl) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } original)
        {
            request.RequestUri = new Uri(apiBaseUrl, apiBaseUrl.AbsolutePath.TrimEnd('/') + original.PathAndQuery);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
