using System.Security.Claims;

namespace Hotline.Api.Staff;

public static class StaffEndpoints
{
    // Every staff endpoint lives under /api and requires a signed-in user; each feature adds the
    // role it needs on top.
    public static RouteGroupBuilder MapStaffApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization();
        api.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(new SignedInUser(
            user.Identity?.Name ?? user.FindFirstValue("sub") ?? "",
            Roles.All.Where(user.IsInRole).ToList())));
        return api;
    }

    public sealed record SignedInUser(string Name, IReadOnlyList<string> Roles);
}
