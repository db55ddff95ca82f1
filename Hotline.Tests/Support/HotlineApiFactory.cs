using System.Globalization;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Hotline.Tests.Support;

// The real API in process, configured like production but for the settings a test gives:
// the test secrets, and a SQLite file in the test's own folder unless told otherwise.
public sealed class HotlineApiFactory(TestDirectory directory, IReadOnlyDictionary<string, string>? settings = null, bool useTestHarness = false)
    : WebApplicationFactory<Program>
{
    public LogCapture Logs { get; } = new();

    public static string SmsUrl => "http://localhost/twilio/sms";

    // The API on RabbitMQ with the broker down: the discard port, where nothing listens. Without a
    // publish timeout, the API's own default applies.
    public static HotlineApiFactory WithBrokerDown(TestDirectory directory, TimeSpan? publishTimeout = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Hotline:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = "amqp://guest:guest@127.0.0.1:9/",
        };
        if (publishTimeout is { } timeout)
        {
            settings["Hotline:PublishTimeout"] = timeout.ToString("c", CultureInfo.InvariantCulture);
        }

        return new HotlineApiFactory(directory, settings);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development: the tests give every secret, and nothing may be generated in ~/.
        builder.UseEnvironment("Test");

        var all = new Dictionary<string, string>(TestSecrets.Settings.Concat(TestTokens.Settings))
        {
            ["Hotline:DataDirectory"] = directory.Path,
            ["ConnectionStrings:Hotline"] = directory.SqliteConnectionString,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        foreach (var (key, value) in all)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        if (useTestHarness)
        {
            builder.ConfigureTestServices(services => services.AddMassTransitTestHarness());
        }
    }
}
