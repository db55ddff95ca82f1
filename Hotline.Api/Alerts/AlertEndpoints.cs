using System.Security.Claims;
using Hotline.Alerts;
using Hotline.Api.Audit;
using Hotline.Api.Duty;
using Hotline.Api.Staff;
using Hotline.Duty;
using Hotline.Roster;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Api.Alerts;

public static class AlertEndpoints
{
    public static RouteGroupBuilder MapAlerts(this RouteGroupBuilder api)
    {
        api.MapPost("/alerts/{alertId:long}/acknowledge", Acknowledge).RequireAuthorization(Roles.Duty).AddEndpointFilter<AuditFilter>();
        return api;
    }

    public sealed record AcknowledgeResponse(long AlertId, string Outcome, string? AcknowledgedBy);

    // The duty person's alternative to answering "OK <code>" by SMS, under the same rule: only
    // someone the alert was sent to, or a coordinator, may acknowledge it. The first
    // acknowledgement wins.
    static async Task<IResult> Acknowledge(
        long alertId, ClaimsPrincipal user, RosterStore roster, DutyStore duty, AlertStore alerts, CancellationToken cancellationToken)
    {
        var me = await DutyUser.FindAsync(user, roster, cancellationToken);
        var access = await duty.AccessAsync(alertId, me.Staff?.Id ?? 0, me.Staff?.Coordinator ?? false, cancellationToken);
        if (access == AlertAccess.NoSuchAlert)
        {
            return NoSuchAlert(alertId);
        }

        if (me.Staff is null || access == AlertAccess.NotSentToThisPerson)
        {
            return TypedResults.Problem(
                me.Problem ?? $"Alert {alertId} was not sent to you, and only a coordinator may acknowledge someone else's alert.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "You may not acknowledge this alert.");
        }

        var result = await alerts.AcknowledgeByIdAsync(alertId, me.Login, cancellationToken);
        return result.Outcome switch
        {
            AcknowledgementOutcome.Acknowledged => TypedResults.Ok(new AcknowledgeResponse(alertId, "acknowledged", result.AcknowledgedBy)),
            AcknowledgementOutcome.AlreadyAcknowledged => TypedResults.Conflict(new AcknowledgeResponse(alertId, "already_acknowledged", result.AcknowledgedBy)),
            _ => NoSuchAlert(alertId),
        };
    }

    static ProblemHttpResult NoSuchAlert(long alertId) =>
        TypedResults.Problem($"There is no alert {alertId}.", statusCode: StatusCodes.Status404NotFound);
}
