using Dapper;
using Hotline.Alerts;
using Hotline.Audit;
using Hotline.Contracts;
using Hotline.Privacy;
using Hotline.Roster;
using Hotline.Tests.Support;
using Hotline.Twilio;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.Tests.Alerts;

public class AcknowledgementConsumerTests : ConsumerTestFixture
{
    const string StaffPhone = "+4520000001";
    long _staffId;

    protected override void AddServices(IServiceCollection services) =>
        services
            .AddSingleton(Options.Create(new AlertOptions()))
            .AddSingleton(Options.Create(new TwilioOptions()))
            .AddSingleton<RosterStore>()
            .AddSingleton<AlertStore>()
            .AddSingleton<DeliveryStore>()
            .AddSingleton<SimulatedSmsSender>()
            .AddSingleton<ISmsSender>(provider => provider.GetRequiredService<SimulatedSmsSender>())
            .AddSingleton<DeliveryDispatcher>()
            .AddSingleton<IAuditLog, AuditStore>();

    protected override void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumer<AcknowledgementConsumer, AcknowledgementConsumerDefinition>();

    protected override async Task OnStartedAsync()
    {
        var saved = await Provider.GetRequiredService<RosterStore>().AddStaffAsync(new StaffEntry("Anna", StaffPhone, null, ["da"], true, false), CancellationToken.None);
        _staffId = saved.Staff!.Id;
    }

    IReadOnlyCollection<(string MessageSid, OutboundSms Sms)> Sent => Provider.GetRequiredService<SimulatedSmsSender>().Sent;

    [Test]
    public async Task Acknowledges_the_alert_it_was_sent_and_confirms_once_however_often_the_SMS_comes()
    {
        var alerts = Provider.GetRequiredService<AlertStore>();
        var alert = await alerts.CreateUnstartedAsync(await TestAlerts.StoredContact(Database));
        await alerts.ClaimStepAsync(alert.Id, -1, 0, DateTimeOffset.UtcNow.AddMinutes(10),
            [new NewDelivery(_staffId, Protector.Encrypt(StaffPhone, ProtectedColumns.DeliveryTo), Protector.CurrentKeyId, "alert", 600)], CancellationToken.None);
        var sms = StaffSms($"Ok  {alert.Code}");

        await Harness.Bus.Publish(sms);
        await Harness.Bus.Publish(sms);
        await Consumed(2);

        Assert.That(Sent.Select(message => message.Sms.To), Is.EqualTo(new[] { StaffPhone }));
        Assert.That(Sent.Single().Sms.Body, Does.Contain($"alert {alert.Code} acknowledged"));
        Assert.That(await alerts.DueAsync(10, CancellationToken.None), Is.Empty);
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        var audited = await connection.QueryAsync<(string Actor, string Action, string Target)>(
            "SELECT actor, action, target FROM audit_log");
        Assert.That(audited, Is.EqualTo(new[] { ($"staff:{_staffId}", "SMS OK", $"id={alert.Id}") }), "audited once");
    }

    [TestCase("OK 0000", "no open alert has the code 0000")]
    [TestCase("ok 48213", "no open alert has the code 48213")]
    [TestCase("hello?", "reply OK and the code in the alert")]
    public async Task Answers_a_wrong_code_or_a_stray_message_helpfully(string text, string answer)
    {
        await Harness.Bus.Publish(StaffSms(text));
        await Consumed(1);

        Assert.That(Sent.Single().Sms.Body, Does.Contain(answer));
    }

    async Task Consumed(int count)
    {
        var consumed = 0;
        await foreach (var _ in Harness.GetConsumerHarness<AcknowledgementConsumer>().Consumed.SelectAsync<StaffSmsReceived>())
        {
            if (++consumed == count)
            {
                break;
            }
        }

        Assert.That(consumed, Is.EqualTo(count));
        Assert.That(await Harness.Published.Any<Fault<StaffSmsReceived>>(), Is.False);
    }

    StaffSmsReceived StaffSms(string text) => new()
    {
        MessageSid = TwilioForms.NewMessageSid(),
        StaffId = _staffId,
        EncryptedBody = Protector.Encrypt(text, ProtectedColumns.Body),
        EncryptedFrom = Protector.Encrypt(StaffPhone, ProtectedColumns.CallerNumber),
        KeyId = Protector.CurrentKeyId,
    };
}
