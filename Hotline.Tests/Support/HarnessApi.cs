using MassTransit.Testing;

namespace Hotline.Tests.Support;

// The API in process with MassTransit's test harness in place of the broker, in a folder of its
// own, for the webhook tests that look at what was published.
public sealed class HarnessApi : IAsyncDisposable
{
    readonly TestDirectory _directory = new();

    public HarnessApi()
    {
        Api = new HotlineApiFactory(_directory, useTestHarness: true);
        Client = Api.CreateClient();
    }

    public HotlineApiFactory Api { get; }

    public HttpClient Client { get; }

    public ITestHarness Harness => Api.Services.GetTestHarness();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Api.DisposeAsync();
        _directory.Dispose();
    }
}
