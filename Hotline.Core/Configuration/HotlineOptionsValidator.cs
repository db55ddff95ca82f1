using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Hotline.Configuration;

// Checks the Hotline section together with the connection strings it implies, so that a
// wrong setting stops the process at start-up with the name of the key to fix.
public sealed class HotlineOptionsValidator(IConfiguration configuration) : IValidateOptions<HotlineOptions>
{
    // Each unacknowledged message is held in the worker's memory; a thousand is far past any gain.
    const int MaxPrefetchCount = 1000;

    public ValidateOptionsResult Validate(string? name, HotlineOptions options)
    {
        var failures = new List<string>();

        if (options.Transport == TransportKind.RabbitMq && RabbitMqUri(configuration) is null)
        {
            failures.Add(RabbitMqUriRequired);
        }

        if (options.Database == DatabaseKind.SqlServer && string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStrings.Hotline)))
        {
            failures.Add($"ConnectionStrings:{ConnectionStrings.Hotline} is required when Hotline:Database is SqlServer.");
        }

        if (options.PublishTimeout <= TimeSpan.Zero || options.PublishTimeout > TimeSpan.FromSeconds(10))
        {
            failures.Add("Hotline:PublishTimeout must be between 00:00:00 and 00:00:10: Twilio waits 15 s in all for the webhook's answer.");
        }

        if (options.DeliveryLimit < 1)
        {
            failures.Add("Hotline:DeliveryLimit must be at least 1.");
        }

        if (options.PrefetchCount is < 1 or > MaxPrefetchCount)
        {
            failures.Add($"Hotline:PrefetchCount must be between 1 and {MaxPrefetchCount}.");
        }

        if (options.RedeliveryDelays.Any(delay => delay < TimeSpan.FromSeconds(1) || delay > TimeSpan.FromDays(1)))
        {
            failures.Add("Hotline:RedeliveryDelays must each be between 00:00:01 and 1.00:00:00.");
        }

        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("Hotline:DataDirectory must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static readonly string RabbitMqUriRequired =
        $"ConnectionStrings:{ConnectionStrings.RabbitMq} must be an amqp:// or amqps:// URI when Hotline:Transport is RabbitMq.";

    // The broker's address, or null when it is missing or not an AMQP URI.
    public static Uri? RabbitMqUri(IConfiguration configuration) =>
        Uri.TryCreate(configuration.GetConnectionString(ConnectionStrings.RabbitMq), UriKind.Absolute, out var uri)
        && (uri.Scheme == "amqp" || uri.Scheme == "amqps")
            ? uri
            : null;
}
