using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Hotline.Api.Dashboard;

// The dashboard is static files (HTML, ES modules, CSS: no build step, nothing from a CDN) under
// wwwroot/dashboard, served at /dashboard/. Middleware rather than endpoints: the files are
// public, and everything they show comes from the /api endpoints with the user's bearer token.
public static class DashboardFiles
{
    public const string RequestPath = "/dashboard";

    public static WebApplication UseDashboard(this WebApplication app)
    {
        // WebRootPath is null when the content root (the working folder) has no wwwroot, as when
        // the built dll is started from elsewhere; the build output carries the files too.
        var webRoot = app.Environment.WebRootPath ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var files = new PhysicalFileProvider(Path.Combine(webRoot, "dashboard"));

        // /dashboard redirects to /dashboard/, which serves index.html.
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = RequestPath, RedirectToAppendTrailingSlash = true });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = RequestPath,
            OnPrepareResponse = context =>
            {
                // Revalidated on every load, so that a deployment is seen at once; the files are small.
                context.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
                context.Context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            },
        });
        return app;
    }
}
