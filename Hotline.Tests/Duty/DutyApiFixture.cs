using Hotline.Configuration;
using Hotline.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hotline.Tests.Duty;

// The API over a SQLite file of the test's own, without its escalation loop, and a seed that
// writes staff and the alerts sent to them: what the duty and alert endpoint tests start from.
public abstract class DutyApiFixture
{
    protected TestDirectory Folder { get; private set; } = null!;

    protected HotlineApiFactory Host { get; private set; } = null!;

    protected WebApplicationFactory<Program> Api { get; private set; } = null!;

    protected DutySeed Seed { get; private set; } = null!;

    [SetUp]
    public void StartApi()
    {
        Folder = new TestDirectory();
        Host = new HotlineApiFactory(Folder);
        Api = Host.WithoutEscalation();
        Api.CreateClient().Dispose();
        Seed = new DutySeed(TestDatabase.Create(DatabaseKind.Sqlite, Folder));
    }

    [TearDown]
    public async Task StopApi()
    {
        await Api.DisposeAsync();
        await Host.DisposeAsync();
        Folder.Dispose();
    }
}
