using Hotline.Alerts;
using Hotline.Configuration;
using Hotline.Contracts;
using Hotline.Data;
using Hotline.Privacy;
using Hotline.Roster;
using Hotline.Tests.Support;
using Hotline.Twilio;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.Tests.Alerts;

public class AcknowledgementConsumerTests
{
    const string StaffPhone = "+4520000001";
    readonly PersonalDataProtector _protector = TestProtector.Create();
    TestDirectory _directory = null!;
    HotlineDatabase _database = null!;
    ServiceProvider _provider = null!;
    ITestHarness _harness = null!;
    long _staffId;

    [SetUp]
    public async Task StartHarness()
    {
        _directory = new TestDirectory();
        _database = TestDatabase.Create(DatabaseKind.Sqlite, _directory);
        _provider = new ServiceCollection()
            .AddSingleton(_database)
            .AddSingleton(TimeProvider.System)
            .AddSingleton(_protector)
            .AddSingleton(Options.Create(new AlertOptions()))
            .AddSingleton(Options.Create(new TwilioOptions()))
            .AddSingleton<RosterStore>()
            .AddSingleton<AlertStore>()
            .AddSingleton<DeliveryStore>()
            .AddSingleton<SimulatedSmsSender>()
            .AddSingleton<ISmsSender>(provider => provider.GetRequiredService<SimulatedSmsSender>())
            .AddSingleton<DeliveryDispatcher>()
            .AddLogging()
            .AddMassTransitTestHarness(bus => bus.AddConsumer<AcknowledgementConsumer, AcknowledgementConsumerDefinition>())
            .BuildServiceProvider(validateScopes: true);
        _harness = _provider.GetRequiredService<ITestHarness>();
        await _harness.Start();
        var saved = await _provider.GetRequiredService<RosterStore>().AddStaffAsync(new StaffEntry("Anna", StaffPhone, null, ["da"], true, false), CancellationToken.None);
        _staffId = saved.Staff!.Id;
    }

    [TearDown]
    public async Task StopHarness()
    {
        await _provider.DisposeAsync();
        _directory.Dispose();
    }

    IReadOnlyCollection<(string MessageSid, OutboundSms Sms)> Sent => _provider.GetRequiredService<SimulatedSmsSender>().Sent;

    [Test]
    public async Task Acknowledges_the_alert_it_was_sent_and_confirms_once_however_often_the_SMS_comes()
    {
        var alerts = _provider.GetRequiredService<AlertStore>();
        var alert = await alerts.CreateAsync(await TestAlerts.StoredContact(_database), CancellationToken.None);
        await alerts.ClaimStepAsync(alert.Id, -1, 0, DateTimeOffset.UtcNow.AddMinutes(10),
            [new NewDelivery(_staffId, _protector.Encrypt(StaffPhone, ProtectedColumns.DeliveryTo), _protector.CurrentKeyId, "alert", 600)], CancellationToken.None);
        var sms = StaffSms($"Ok  {alert.Code}");

        await _harness.Bus.Publish(sms);
        await _harness.Bus.Publish(sms);
        await Consumed(2);

        Assert.That(Sent.Select(message => message.Sms.To), Is.EqualTo(new[] { StaffPhone }));
        Assert.That(Sent.Single().Sms.Body, Does.Contain($"alert {alert.Code} acknowledged"));
        Assert.That(await alerts.DueAsync(10, CancellationToken.None), Is.Empty);
    }

    [TestCase("OK 0000", "no open alert has the code 0000")]
    [TestCase("hello?", "reply OK and its 4-digit code")]
    public async Task Answers_a_wrong_code_or_a_stray_message_helpfully(string text, string answer)
    {
        await _harness.Bus.Publish(StaffSms(text));
        await Consumed(1);

        Assert.That(Sent.Single().Sms.Body, Does.Contain(answer));
    }

    async Task Consumed(int count)
    {
        var consumed = 0;
        await foreach (var _ in _harness.GetConsumerHarness<AcknowledgementConsumer>().Consumed.SelectAsync<StaffSmsReceived>())
        {
            if (++consumed == count)
            {
                break;
            }
        }

        Assert.That(consumed, Is.EqualTo(count));
        Assert.That(await _harness.Published.Any<Fault<StaffSmsReceived>>(), Is.False);
    }

    StaffSmsReceived StaffSms(string text) => new()
    {
        MessageSid = TwilioForms.NewMessageSid(),
        StaffId = _staffId,
        EncryptedBody = _protector.Encrypt(text, ProtectedColumns.Body),
        EncryptedFrom = _protector.Encrypt(StaffPhone, ProtectedColumns.CallerNumber),
        KeyId = _protector.CurrentKeyId,
    };
}
