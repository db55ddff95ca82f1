using System.Security.Claims;
using Hotline.Audit;

namespace Hotline.Api.Audit;

// Records every successful change made through the endpoints it is put on: who, the route, and
// the route's ids. Never the body: a roster change carries phone numbers.
public sealed class AuditFilter(IAuditLog audit, ILogger<AuditFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || !Succeeded(result))
        {
            return result;
        }

        var action = $"{http.Request.Method} {(http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value}";
        var target = string.Join(',', http.Request.RouteValues.Select(pair => $"{pair.Key}={pair.Value}"));
        try
        {
            await audit.RecordAsync(Actor(http.User), action, target.Length == 0 ? null : target, null, http.RequestAborted);
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
        {
            // The change is made; losing its trace is logged loudly rather than reported as failed.
            logger.LogError(exception, "Could not record {AuditAction} in the audit log", action);
        }

        return result;
    }

    public static string Actor(ClaimsPrincipal user) =>
        user.Identity?.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub") ?? "anonymous";

    static bool Succeeded(object? result) => result switch
    {
        INestedHttpResult nested => Succeeded(nested.Result),
        IStatusCodeHttpResult { StatusCode: { } status } => status is >= 200 and < 300,
        _ => false,
    };
}
