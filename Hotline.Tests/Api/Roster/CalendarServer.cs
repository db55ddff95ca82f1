using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Hotline.Tests.Api.Roster;

// A published calendar on the loopback interface, on a port the OS picks: the URL import is
// tested without the internet.
public sealed class CalendarServer : IAsyncDisposable
{
    readonly WebApplication _app;

    CalendarServer(WebApplication app) => _app = app;

    public Uri BaseAddress => new(_app.Urls.Single());

    public static async Task<CalendarServer> StartAsync(string path, string calendar)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet(path, () => Results.Text(calendar, "text/calendar; charset=utf-8"));
        await app.StartAsync();
        return new CalendarServer(app);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
