using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Bench;

// A local stand-in for Twilio's REST API on 127.0.0.1 (as Hotline.Tests' FakeTwilioApi, cut down
// to what the bench needs): it answers Messages.json with 201 and notes when each SMS came, on the
// bench's own clock, so that the time from a webhook to its alert is measured on one clock.
public sealed class FakeTwilio : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly ConcurrentQueue<(string Body, long At)> _messages = new();

    FakeTwilio(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public int Count => _messages.Count;

    public IReadOnlyList<(string Body, long At)> Messages => [.. _messages];

    public void Clear() => _messages.Clear();

    public static async Task<FakeTwilio> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeTwilio(app);
        app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", fake.CreateMessage);
        await app.StartAsync();
        fake.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return fake;
    }

    async Task<IResult> CreateMessage(string accountSid, HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var body = form["Body"].ToString();
        _messages.Enqueue((body, Stopwatch.GetTimestamp()));
        var sid = "SM" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return Results.Json(
            new { sid, account_sid = accountSid, to = form["To"].ToString(), from = form["From"].ToString(), body, status = "queued", direction = "outbound-api", api_version = "2010-04-01" },
            statusCode: StatusCodes.Status201Created);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
