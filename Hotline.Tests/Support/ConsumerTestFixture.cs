using Hotline.Configuration;
using Hotline.Data;
using Hotline.Privacy;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tests.Support;

// A MassTransit test harness over a real SQLite file, with what every consumer here needs (the
// database, the clock, the test protector, logging). A test class adds its consumer and the
// services that consumer uses.
public abstract class ConsumerTestFixture
{
    TestDirectory _directory = null!;

    protected PersonalDataProtector Protector { get; } = TestProtector.Create();

    protected HotlineDatabase Database { get; private set; } = null!;

    protected ServiceProvider Provider { get; private set; } = null!;

    protected ITestHarness Harness { get; private set; } = null!;

    protected abstract void AddServices(IServiceCollection services);

    protected abstract void AddConsumers(IBusRegistrationConfigurator bus);

    [SetUp]
    public async Task StartHarness()
    {
        _directory = new TestDirectory();
        Database = TestDatabase.Create(DatabaseKind.Sqlite, _directory);
        var services = new ServiceCollection()
            .AddSingleton(Database)
            .AddSingleton(TimeProvider.System)
            .AddSingleton(Protector)
            .AddLogging();
        AddServices(services);
        Provider = services
            .AddMassTransitTestHarness(AddConsumers)
            .BuildServiceProvider(validateScopes: true);
        Harness = Provider.GetRequiredService<ITestHarness>();
        await Harness.Start();
        await OnStartedAsync();
    }

    protected virtual Task OnStartedAsync() => Task.CompletedTask;

    [TearDown]
    public async Task StopHarness()
    {
        await Provider.DisposeAsync();
        _directory.Dispose();
    }
}
