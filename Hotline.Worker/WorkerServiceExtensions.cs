using Hotline.Configuration;
using Hotline.Hosting;
using Hotline.Messaging;
using Hotline.Telemetry;
using Hotline.Worker.Health;
using Microsoft.Extensions.Options;

namespace Hotline.Worker;

public static class WorkerServiceExtensions
{
    // The worker consumes what the API publishes: it migrates the database, then runs the consumers.
    public static HostApplicationBuilder AddHotlineWorker(this HostApplicationBuilder builder)
    {
        // On the in-memory transport nothing outside this process could publish to the worker.
        var transport = builder.Configuration.GetSection(HotlineOptions.Section).Get<HotlineOptions>()?.Transport ?? TransportKind.InMemory;
        if (transport != TransportKind.RabbitMq)
        {
            throw new InvalidOperationException(
                "Hotline.Worker consumes from RabbitMQ: set Hotline:Transport=RabbitMq and ConnectionStrings:RabbitMq. "
                + "The embedded default runs the consumers inside Hotline.Api (dotnet run --project Hotline.Api).");
        }

        // First, so that the probes answer while the migrations run.
        builder.Services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WorkerOptions>, WorkerOptionsValidator>();
        builder.Services.AddHostedService<WorkerEndpoints>();

        builder.AddHotlineCore();
        builder.AddHotlineTelemetry();
        builder.AddHotlineMessaging(hostConsumers: true);

        // MassTransit's own reconnect can leave a queue without a consumer after a broker
        // restart: this restarts its endpoint, or stops the worker to be started afresh.
        builder.AddConsumerWatchdog();
        return builder;
    }
}
