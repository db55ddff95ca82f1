using Hotline.Api.Duty;
using Hotline.Api.Health;
using Hotline.Api.Intake;
using Hotline.Api.Security;
using Hotline.Api.Staff;
using Hotline.Api.Twilio;
using Hotline.Configuration;
using Hotline.Hosting;
using Hotline.Reports;
using Hotline.Telemetry;

namespace Hotline.Api;

public static class ApiServiceExtensions
{
    public static WebApplicationBuilder AddHotlineApi(this WebApplicationBuilder builder)
    {
        builder.AddHotlineCore();
        builder.AddHotlineTelemetry();

        // The embedded default: with the in-memory transport nothing outside this process could
        // consume, so the worker's consumers run here. With RabbitMQ the API only publishes.
        var transport = builder.Configuration.GetSection(HotlineOptions.Section).Get<HotlineOptions>()?.Transport ?? TransportKind.InMemory;
        builder.AddHotlineMessaging(hostConsumers: transport == TransportKind.InMemory);

        builder.Services.AddProblemDetails();
        builder.AddHotlineSecurity();
        builder.Services.AddStaffAuthentication();

        builder.Services.AddDuty();
        builder.Services.AddScoped<DeadlinePublisher>();
        builder.Services.AddSingleton<BrokerAvailability>();
        builder.Services.AddSingleton<IntakeSpool>();
        builder.Services.AddHostedService<SpoolDrainer>();
        builder.Services.AddSpoolHealth();

        // Only the API serves reports; the figures themselves are counted by database triggers.
        builder.Services.AddReports();
        return builder;
    }
}
