using Hotline.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Hotline.Worker.Health;

// The worker stays a generic host; its probes and Prometheus are served by a small Kestrel app
// started beside it, on Worker:Urls. Kestrel rather than an HttpListener: it takes port 0 (the
// tests run several workers at once), and it runs the same health-check and Prometheus
// middleware as the API. The app shares only the host's health checks, meter provider and
// logging: nothing else in the worker is reachable over HTTP.
public sealed class WorkerEndpoints(
    HealthCheckService healthChecks,
    MeterProvider meterProvider,
    ILoggerFactory loggerFactory,
    IOptions<WorkerOptions> options,
    ILogger<WorkerEndpoints> logger) : IHostedService, IAsyncDisposable
{
    WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Empty: no configuration sources of its own, so ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS
        // (set in the .NET container images) can't move it off Worker:Urls.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls(WorkerOptionsValidator.Split(options.Value.Urls));
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddLogging();
        builder.Services.AddSingleton(healthChecks);
        builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);

        _app = builder.Build();
        _app.MapHotlineEndpoints(degradedIsReady: false, meterProvider);
        await _app.StartAsync(cancellationToken);
        logger.LogInformation("Health and metrics listening on {Addresses}", string.Join(" ", _app.Urls));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
