using Hotline.Hosting;

namespace Hotline.Worker;

public static class WorkerServiceExtensions
{
    // The worker consumes what the API publishes: it migrates the database, then runs the consumers.
    public static HostApplicationBuilder AddHotlineWorker(this HostApplicationBuilder builder)
    {
        builder.AddHotlineCore();
        builder.AddHotlineMessaging(hostConsumers: true);
        return builder;
    }
}
