using Hotline.Privacy;
using Hotline.Roster;
using Hotline.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Alerts;

// Takes the next escalation step of an alert: finds who is on duty now at the next tier that
// has anyone, claims the step, and writes the messages to send.
public sealed class Escalator(
    AlertStore alerts,
    RosterStore roster,
    PersonalDataProtector protector,
    IOptions<AlertOptions> options,
    TimeProvider time,
    ILogger<Escalator> logger)
{
    // Returns the ids of the messages written for the step, empty when there was nothing to take.
    public async Task<IReadOnlyList<long>> TakeNextStepAsync(DueAlert alert, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var wait = options.Value.WaitFor(alert.Urgency);
        var lastStep = EscalationPlan.LastStep(options.Value.Rounds);
        var onDuty = await roster.OnDutyAsync(now, cancellationToken);

        // One round of tiers at most: past that, nobody is on the roster at all.
        var lastTried = Math.Min(lastStep, alert.Step + EscalationPlan.TiersPerRound);
        for (var step = alert.Step + 1; step <= lastTried; step++)
        {
            var tier = EscalationPlan.TierOf(step);
            var recipients = EscalationPlan.Recipients(tier, onDuty, alert.Language);
            if (recipients.Count == 0)
            {
                logger.LogWarning("Roster gap: nobody on duty as {Tier} for alert {AlertId}; going on to the next tier", tier, alert.Id);
                continue;
            }

            var deliveries = recipients.Select(staff => new NewDelivery(
                staff.Id,
                protector.Encrypt(staff.Phone, ProtectedColumns.DeliveryTo),
                protector.CurrentKeyId,
                AlertText.Compose(
                    alert.Code, alert.ContactId, alert.Channel, alert.Category, alert.Urgency, alert.Language, alert.ContactSafety,
                    interpreterNeeded: alert.InterpreterNeeded || !staff.Languages.Contains(alert.Language, StringComparer.OrdinalIgnoreCase)),
                ValiditySeconds: (int)Math.Clamp(wait.TotalSeconds, 60, 14_400))).ToList();

            var ids = await alerts.ClaimStepAsync(alert.Id, alert.Step, step, now + wait, deliveries, cancellationToken);
            if (ids is not null)
            {
                HotlineMetrics.StepTaken(step);
                logger.LogInformation(
                    "Alert {AlertId} for contact {ContactId}: step {Step} ({Tier}) to staff {StaffIds}",
                    alert.Id, alert.ContactId, step, tier, string.Join(",", recipients.Select(staff => staff.Id)));
            }

            return ids ?? [];
        }

        if (lastTried == lastStep)
        {
            logger.LogCritical("Alert {AlertId} for contact {ContactId} went unacknowledged through every round", alert.Id, alert.ContactId);
            HotlineMetrics.ClosedUnanswered();
            await alerts.CloseUnansweredAsync(alert.Id, alert.Step, cancellationToken);
        }
        else
        {
            // Nobody at all, not even a coordinator: keep the alert and look again after the wait.
            logger.LogCritical("Nobody to alert for alert {AlertId} (contact {ContactId}): the roster has no one on duty and no coordinator", alert.Id, alert.ContactId);
            await alerts.PostponeAsync(alert.Id, alert.Step, now + wait, cancellationToken);
        }

        return [];
    }
}
