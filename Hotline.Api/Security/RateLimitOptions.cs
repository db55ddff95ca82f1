namespace Hotline.Api.Security;

// Requests to /api per signed-in user (per client address before sign-in) and window. The
// dashboard makes a handful of calls per page; a script walking every contact makes thousands.
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    public int PermitLimit { get; set; } = 120;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
