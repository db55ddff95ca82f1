using Hotline.Contracts;
using Hotline.Privacy;
using Hotline.Roster;
using Hotline.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Alerts;

// One escalation step, chosen but not yet written: the step of the next tier that has someone on
// duty, its messages, and when the step after it is due.
public sealed record PlannedStep(int Step, DateTimeOffset NextStepAt, IReadOnlyList<NewDelivery> Deliveries);

// Takes the escalation steps of an alert: finds who is on duty now at the next tier that has
// anyone, claims the step, and writes the messages to send.
public sealed class Escalator(
    AlertStore alerts,
    RosterStore roster,
    PersonalDataProtector protector,
    IOptions<AlertOptions> options,
    TimeProvider time,
    ILogger<Escalator> logger)
{
    // A new alert is written with its first step and that step's messages, leased to the caller
    // to send, in one transaction: each commit costs an fsync (on SQLite behind its one write
    // lock), and these were three. A redelivery gets the alert as it is, with nothing leased.
    public async Task<CreatedAlert> StartAsync(ContactTriaged contact, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var onDuty = await roster.OnDutyAsync(now, cancellationToken);
        var created = await alerts.CreateAsync(contact, alert => PlanNextStep(alert, onDuty, now), cancellationToken);
        if (created.Leased.Count > 0)
        {
            StepTaken(created.Alert, created.Alert.Step, created.Leased.Select(delivery => delivery.StaffId));
        }

        return created;
    }

    // Returns the ids of the messages written for the step, empty when there was nothing to take.
    public async Task<IReadOnlyList<long>> TakeNextStepAsync(DueAlert alert, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var onDuty = await roster.OnDutyAsync(now, cancellationToken);
        if (PlanNextStep(alert, onDuty, now) is { } planned)
        {
            var ids = await alerts.ClaimStepAsync(alert.Id, alert.Step, planned.Step, planned.NextStepAt, planned.Deliveries, cancellationToken);
            if (ids is not null)
            {
                StepTaken(alert, planned.Step, planned.Deliveries.Select(delivery => delivery.StaffId));
            }

            return ids ?? [];
        }

        // The steps looked at reached the last round's last step: every round has been tried.
        if (LastTried(alert) == EscalationPlan.LastStep(options.Value.Rounds))
        {
            logger.LogCritical("Alert {AlertId} for contact {ContactId} went unacknowledged through every round", alert.Id, alert.ContactId);
            HotlineMetrics.ClosedUnanswered();
            await alerts.CloseUnansweredAsync(alert.Id, alert.Step, cancellationToken);
        }
        else
        {
            // Nobody at all, not even a coordinator: keep the alert and look again after the wait.
            logger.LogCritical("Nobody to alert for alert {AlertId} (contact {ContactId}): the roster has no one on duty and no coordinator", alert.Id, alert.ContactId);
            await alerts.PostponeAsync(alert.Id, alert.Step, now + options.Value.WaitFor(alert.Urgency), cancellationToken);
        }

        return [];
    }

    // The next tier after the alert's step that has anyone on duty, one round of tiers at most:
    // past that, nobody is on the roster at all, and neither is anyone past the last round.
    PlannedStep? PlanNextStep(DueAlert alert, OnDuty onDuty, DateTimeOffset now)
    {
        var wait = options.Value.WaitFor(alert.Urgency);
        for (var step = alert.Step + 1; step <= LastTried(alert); step++)
        {
            var tier = EscalationPlan.TierOf(step);
            var recipients = EscalationPlan.Recipients(tier, onDuty, alert.Language);
            if (recipients.Count == 0)
            {
                logger.LogWarning("Roster gap: nobody on duty as {Tier} for the alert of contact {ContactId}; going on to the next tier", tier, alert.ContactId);
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
            return new PlannedStep(step, now + wait, deliveries);
        }

        return null;
    }

    // The last step PlanNextStep looks at from the alert's step.
    int LastTried(DueAlert alert) => Math.Min(EscalationPlan.LastStep(options.Value.Rounds), alert.Step + EscalationPlan.TiersPerRound);

    void StepTaken(DueAlert alert, int step, IEnumerable<long> staffIds)
    {
        HotlineMetrics.StepTaken(step);
        logger.LogInformation(
            "Alert {AlertId} for contact {ContactId}: step {Step} ({Tier}) to staff {StaffIds}",
            alert.Id, alert.ContactId, step, EscalationPlan.TierOf(step), string.Join(",", staffIds));
    }
}
