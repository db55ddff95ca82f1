using System.Net;
using Microsoft.Extensions.Options;

namespace Hotline.Api.Security;

public sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.KnownProxies.Count; i++)
        {
            if (!IPAddress.TryParse(options.KnownProxies[i], out _))
            {
                failures.Add($"Proxy:KnownProxies:{i} must be an IP address ('{options.KnownProxies[i]}' is not).");
            }
        }

        for (var i = 0; i < options.KnownNetworks.Count; i++)
        {
            if (!IPNetwork.TryParse(options.KnownNetworks[i], out _))
            {
                failures.Add($"Proxy:KnownNetworks:{i} must be a network in CIDR notation, like 10.0.0.0/24 ('{options.KnownNetworks[i]}' is not).");
            }
        }

        if (options.AllowedHosts.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("Proxy:AllowedHosts may not hold an empty host.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
