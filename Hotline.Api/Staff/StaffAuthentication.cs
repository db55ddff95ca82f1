namespace Hotline.Api.Staff;

public static class StaffAuthentication
{
    // JWT bearer tokens configured through ASP.NET Core's standard Authentication:Schemes:Bearer
    // section: `dotnet user-jwts create --role admin` in development, an OIDC authority in
    // production. One policy per role, named as the role.
    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication().AddJwtBearer();
        var authorization = services.AddAuthorizationBuilder();
        foreach (var role in Roles.All)
        {
            authorization.AddPolicy(role, policy => policy.RequireAuthenticatedUser().RequireRole(role));
        }

        return services;
    }
}
