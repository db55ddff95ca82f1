using MassTransit;

namespace Hotline.Hosting;

public static class ConsumerRetry
{
    // A locked or briefly unreachable database is the usual failure: retry with backoff, about
    // half a minute in all, before the message goes to the error queue.
    public static void UseHotlineRetry(this IReceiveEndpointConfigurator endpoint) =>
        endpoint.UseMessageRetry(retry =>
            retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500)));
}
