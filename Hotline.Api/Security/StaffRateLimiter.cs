using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hotline.Api.Security;

// Only /api is limited: Twilio does not honour 429 (a limited webhook would be a lost contact),
// and the health probes must always answer.
public static class StaffRateLimiter
{
    public static void Configure(RateLimiterOptions limiter, IOptions<RateLimitOptions> options)
    {
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            if (!http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                return RateLimitPartition.GetNoLimiter("unlimited");
            }

            var limits = options.Value;
            return RateLimitPartition.GetFixedWindowLimiter(Partition(http), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.PermitLimit,
                Window = limits.Window,
                QueueLimit = 0,
            });
        });
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (context, cancellation) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Value.Window;
            context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        };
    }

    // The signed-in user (the subject of the token), else the client's address: an anonymous
    // caller gets 401 anyway, but may not hammer the token validation either.
    static string Partition(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && (http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? http.User.Identity.Name) is { } user
            ? "user:" + user
            : "address:" + http.Connection.RemoteIpAddress;
}
