using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hotline.Messaging;

public static class ConsumerWatchdogExtensions
{
    // For a process that consumes from RabbitMQ (the worker); after AddHotlineMessaging.
    public static IHostApplicationBuilder AddConsumerWatchdog(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WatchdogOptions>().BindConfiguration(WatchdogOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WatchdogOptions>, WatchdogOptionsValidator>();
        if (builder.Configuration.GetSection(WatchdogOptions.Section).Get<WatchdogOptions>()?.Enabled ?? true)
        {
            builder.Services.AddSingleton<BrokerQueueProbe>();
            builder.Services.AddHostedService<ConsumerWatchdog>();
        }

        return builder;
    }
}
