using MassTransit.Testing;

namespace Hotline.Tests.Support;

// A fresh HarnessApi per test.
public abstract class HarnessApiFixture
{
    HarnessApi _api = null!;

    protected HotlineApiFactory Api => _api.Api;

    protected HttpClient Client => _api.Client;

    protected ITestHarness Harness => _api.Harness;

    [SetUp]
    public void StartApi() => _api = new HarnessApi();

    [TearDown]
    public async Task StopApi() => await _api.DisposeAsync();
}
