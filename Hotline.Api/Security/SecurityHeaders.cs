namespace Hotline.Api.Security;

// Headers for the staff side (API and dashboard): no framing, no sniffing, no referrer, scripts
// and styles from this origin only, and nothing cached, since answers may hold personal data.
// Twilio's webhooks get none: they are XML for a machine, and Twilio ignores them.
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool strictTransport) =>
        app.Use((http, next) =>
        {
            if (!http.Request.Path.StartsWithSegments("/twilio", StringComparison.OrdinalIgnoreCase))
            {
                http.Response.OnStarting(() =>
                {
                    var headers = http.Response.Headers;
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    headers.XContentTypeOptions = "nosniff";
                    headers.XFrameOptions = "DENY";
                    headers["Referrer-Policy"] = "no-referrer";
                    headers["Cross-Origin-Opener-Policy"] = "same-origin";
                    headers["Cross-Origin-Resource-Policy"] = "same-origin";
                    headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                    if (!headers.ContainsKey("Cache-Control"))
                    {
                        headers.CacheControl = "no-store";
                    }

                    // Only over HTTPS (RFC 6797); a browser ignores it on plain HTTP anyway.
                    if (strictTransport && http.Request.IsHttps)
                    {
                        headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
                    }

                    return Task.CompletedTask;
                });
            }

            return next(http);
        });
}
