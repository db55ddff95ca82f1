using Hotline.Tests.Support;

namespace Hotline.Tests.Configuration;

// A wrong setting must stop the process at start-up with the name of the key to fix.
public class StartupValidationTests
{
    TestDirectory _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = new TestDirectory();

    [TearDown]
    public void RemoveDirectory() => _directory.Dispose();

    [TestCase("Hotline:Transport", "Kafka", "Hotline:Transport")]
    [TestCase("Hotline:Database", "Oracle", "Hotline:Database")]
    [TestCase("Hotline:PublishTimeout", "00:00:30", "Hotline:PublishTimeout")]
    [TestCase("Hotline:DeliveryLimit", "0", "Hotline:DeliveryLimit")]
    [TestCase("Hotline:PrefetchCount", "0", "Hotline:PrefetchCount")]
    [TestCase("Duty:Teams:north:0", " ", "Duty:Teams:north")]
    [TestCase("Hotline:RedeliveryDelays:0", "00:00:00", "Hotline:RedeliveryDelays")]
    [TestCase("Twilio:Mode", "Sandbox", "Twilio:Mode")]
    [TestCase("Twilio:PublicBaseUrl", "hotline.example.org", "Twilio:PublicBaseUrl")]
    [TestCase("Privacy:CurrentKeyId", "missing", "Privacy:Keys:missing")]
    [TestCase("Privacy:HashKey", "c2hvcnQ=", "Privacy:HashKey")]
    [TestCase("Twilio:AuthToken", "", "Twilio:AuthToken")]
    public void Names_the_wrong_key(string key, string value, string named)
    {
        using var api = new HotlineApiFactory(_directory, new Dictionary<string, string> { [key] = value });

        Assert.That(StartupFailure(api), Does.Contain(named));
    }

    [Test]
    public void Requires_an_amqp_uri_for_RabbitMq()
    {
        using var api = new HotlineApiFactory(_directory, new Dictionary<string, string>
        {
            ["Hotline:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = "localhost:5672",
        });

        Assert.That(StartupFailure(api), Does.Contain("ConnectionStrings:RabbitMq"));
    }

    [Test]
    public void Requires_account_and_number_for_live_Twilio()
    {
        using var api = new HotlineApiFactory(_directory, new Dictionary<string, string> { ["Twilio:Mode"] = "Live" });

        Assert.That(StartupFailure(api), Does.Contain("Twilio:AccountSid").And.Contain("Twilio:PhoneNumber"));
    }

    // What an operator sees when start-up fails: the exception, or the host's log of it. (When
    // the host fails, WebApplicationFactory sometimes throws an ObjectDisposedException of its own
    // instead of the host's exception, which the log still has.)
    static string StartupFailure(HotlineApiFactory api)
    {
        var failure = Assert.Catch(() => api.CreateClient(), "the host started despite the wrong setting");
        return failure!.Message + "\n" + api.Logs.AllText;
    }

    [Test]
    public void Starts_with_nothing_but_the_secrets_configured()
    {
        using var api = new HotlineApiFactory(_directory);

        Assert.That(() => api.CreateClient(), Throws.Nothing);
    }
}
