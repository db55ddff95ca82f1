using MassTransit.Testing;

namespace Hotline.Tests.Support;

// A fresh API per test with MassTransit's test harness in place of the broker, for the webhook
// tests that look at what was published.
public abstract class HarnessApiFixture
{
    TestDirectory _directory = null!;

    protected HotlineApiFactory Api { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    protected ITestHarness Harness => Api.Services.GetTestHarness();

    [SetUp]
    public void StartApi()
    {
        _directory = new TestDirectory();
        Api = new HotlineApiFactory(_directory, useTestHarness: true);
        Client = Api.CreateClient();
    }

    [TearDown]
    public async Task StopApi()
    {
        Client.Dispose();
        await Api.DisposeAsync();
        _directory.Dispose();
    }
}
