using System.Security.Claims;
using Hotline.Alerts;
using Hotline.Api.Audit;
using Hotline.Api.Staff;

namespace Hotline.Api.Alerts;

public static class AlertEndpoints
{
    public static RouteGroupBuilder MapAlerts(this RouteGroupBuilder api)
    {
        api.MapPost("/alerts/{alertId:long}/acknowledge", Acknowledge).RequireAuthorization(Roles.Duty).AddEndpointFilter<AuditFilter>();
        return api;
    }

    public sealed record AcknowledgeResponse(long AlertId, string Outcome, string? AcknowledgedBy);

    // The duty person's alternative to answering "OK <code>" by SMS. The first acknowledgement wins.
    static async Task<IResult> Acknowledge(long alertId, ClaimsPrincipal user, AlertStore alerts, CancellationToken cancellationToken)
    {
        var name = user.Identity?.Name ?? user.FindFirstValue("sub") ?? "unknown";
        var result = await alerts.AcknowledgeByIdAsync(alertId, name, cancellationToken);
        return result.Outcome switch
        {
            AcknowledgementOutcome.Acknowledged => TypedResults.Ok(new AcknowledgeResponse(alertId, "acknowledged", result.AcknowledgedBy)),
            AcknowledgementOutcome.AlreadyAcknowledged => TypedResults.Conflict(new AcknowledgeResponse(alertId, "already_acknowledged", result.AcknowledgedBy)),
            _ => TypedResults.Problem($"There is no alert {alertId}.", statusCode: StatusCodes.Status404NotFound),
        };
    }
}
