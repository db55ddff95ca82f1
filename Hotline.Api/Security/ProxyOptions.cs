namespace Hotline.Api.Security;

// The reverse proxies in front of the API whose X-Forwarded-Proto/-Host/-For are believed. With
// none configured, forwarded headers are ignored: anyone could send them.
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    // IP addresses of the proxies (10.0.0.5, ::1).
    public List<string> KnownProxies { get; set; } = [];

    // CIDR networks of the proxies (10.0.0.0/24).
    public List<string> KnownNetworks { get; set; } = [];

    // Host names a trusted proxy may forward; empty for any.
    public List<string> AllowedHosts { get; set; } = [];
}
