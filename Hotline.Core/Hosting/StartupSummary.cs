using Hotline.Configuration;
using Hotline.Data;
using Hotline.Twilio;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Hosting;

// One line at start-up that says how this process is put together, so that nobody has to guess
// whether it is talking to the real Twilio or which database file it writes. No secrets.
public sealed class StartupSummary(
    IOptions<HotlineOptions> hotline,
    IOptions<TwilioOptions> twilio,
    HotlineDatabase database,
    IHostEnvironment environment,
    ILogger<StartupSummary> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var where = database.Kind == DatabaseKind.Sqlite
            ? Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource)
            : "(SQL Server connection string)";
        logger.LogInformation(
            "{Application} in {Environment}: transport {Transport}, database {Database} at {DatabaseLocation}, Twilio {TwilioMode}",
            environment.ApplicationName, environment.EnvironmentName, hotline.Value.Transport, database.Kind, where, twilio.Value.Mode);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
