using Hotline.Api.Staff;
using Hotline.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Api.Audit;

public static class AuditEndpoints
{
    // GET /api/audit?from=&to=&actor=&action=&before=&limit= : admin only, newest first.
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", Read).RequireAuthorization(Roles.Admin);
        return api;
    }

    static async Task<Ok<AuditPage>> Read(AuditStore store, DateTime? from, DateTime? to, string? actor, string? action, long? before, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.QueryAsync(
            new AuditQuery(from?.ToUniversalTime(), to?.ToUniversalTime(), actor, action, before, limit ?? 100), cancellationToken));
}
