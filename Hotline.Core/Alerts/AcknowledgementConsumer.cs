using System.Text.RegularExpressions;
using Hotline.Audit;
using Hotline.Contracts;
using Hotline.Privacy;
using Hotline.Roster;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Hotline.Alerts;

// "OK 4821" from a staff phone acknowledges alert 4821 (case and spacing tolerated). Every staff
// SMS gets an answer, so that the person knows whether it worked.
public sealed partial class AcknowledgementConsumer(
    AlertStore alerts,
    DeliveryStore deliveries,
    DeliveryDispatcher dispatcher,
    RosterStore roster,
    PersonalDataProtector protector,
    IAuditLog audit,
    ILogger<AcknowledgementConsumer> logger) : IConsumer<StaffSmsReceived>
{
    public async Task Consume(ConsumeContext<StaffSmsReceived> context)
    {
        var sms = context.Message;
        var text = protector.Decrypt(sms.EncryptedBody, sms.KeyId, ProtectedColumns.Body);
        var staff = await roster.FindStaffAsync(sms.StaffId, context.CancellationToken);

        var (alertId, reply) = OkCommand().Match(text) is { Success: true } command
            ? await AcknowledgeAsync(command.Groups["code"].Value, sms.StaffId, staff?.Coordinator ?? false, context.CancellationToken)
            : (null, "Hotline: to acknowledge an alert, reply OK and the code in the alert, e.g. OK 4821.");

        var replyId = await deliveries.AddMessageAsync(
            "reply", alertId, sms.StaffId, protector.Encrypt(protector.Decrypt(sms.EncryptedFrom, sms.KeyId, ProtectedColumns.CallerNumber), ProtectedColumns.DeliveryTo),
            protector.CurrentKeyId, reply, sms.MessageSid, context.CancellationToken);
        await dispatcher.SendAsync([replyId], context.CancellationToken);
    }

    async Task<(long? AlertId, string Reply)> AcknowledgeAsync(string code, long staffId, bool isCoordinator, CancellationToken cancellationToken)
    {
        var outcome = await alerts.AcknowledgeByCodeAsync(code, staffId, isCoordinator, cancellationToken);
        logger.LogInformation("Staff {StaffId} answered OK {Code}: {Outcome} (alert {AlertId})", staffId, code, outcome.Outcome, outcome.AlertId);
        if (outcome.Outcome == AcknowledgementOutcome.Acknowledged)
        {
            // Once: a redelivered SMS finds the alert already acknowledged.
            await audit.RecordAsync($"staff:{staffId}", "SMS OK", $"id={outcome.AlertId}", null, cancellationToken);
        }

        return outcome.Outcome switch
        {
            AcknowledgementOutcome.Acknowledged => (outcome.AlertId, $"Hotline: alert {code} acknowledged. Thank you, it is yours."),
            AcknowledgementOutcome.AlreadyAcknowledged => (outcome.AlertId, $"Hotline: alert {code} was already acknowledged ({outcome.AcknowledgedBy})."),
            AcknowledgementOutcome.NotAlertedToThisPerson => (outcome.AlertId, $"Hotline: alert {code} was not sent to you; ask the coordinator."),
            _ => (null, $"Hotline: no open alert has the code {code}. Check the code in the alert and reply OK and the code."),
        };
    }

    // "OK 4821", "ok4821", " Ok  4821 ", "OK: 4821"; codes grow past four digits only when thousands of
    // alerts are open (see AlertStore.CreateAsync).
    [GeneratedRegex(@"^\s*ok\W*(?<code>\d{4,8})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OkCommand();
}
