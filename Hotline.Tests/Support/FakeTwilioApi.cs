using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Twilio;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Tests.Support;

// A local stand-in for Twilio's REST API (the one true edge mocked in these tests): a real HTTP
// server on 127.0.0.1 that answers POST /2010-04-01/Accounts/{AccountSid}/Messages.json as Twilio
// does, records every message, and can be told to refuse some.
public sealed class FakeTwilioApi : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly ConcurrentQueue<SentMessage> _messages = new();
    readonly ConcurrentQueue<Refusal> _refusals = new();

    public sealed record SentMessage(string Sid, string AccountSid, string To, string From, string Body, string? StatusCallback, string? ValidityPeriod, string? BasicAuthUser, DateTimeOffset At);

    public sealed record Refusal(int Status, int Code, string? OnlyTo = null);

    FakeTwilioApi(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyCollection<SentMessage> Messages => _messages;

    public IEnumerable<SentMessage> To(string number) => _messages.Where(message => message.To == number);

    // Live options whose REST calls come here, and the real sender over them.
    public TwilioOptions LiveOptions(Uri? publicBaseUrl = null) => new()
    {
        Mode = TwilioMode.Live,
        AccountSid = TwilioForms.AccountSid,
        AuthToken = TestSecrets.AuthToken,
        PhoneNumber = TwilioForms.HotlineNumber,
        ApiBaseUrl = BaseUrl,
        PublicBaseUrl = publicBaseUrl,
    };

    public TwilioSmsSender Sender(TwilioOptions options) =>
        new(Options.Create(options), new HttpClient(new ApiBaseUrlHandler(BaseUrl) { InnerHandler = new HttpClientHandler() }));

    // The next request (to that number, if given) gets this error instead of 201.
    public void RefuseNext(int status, int code, string? onlyTo = null) => _refusals.Enqueue(new Refusal(status, code, onlyTo));

    public static async Task<FakeTwilioApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeTwilioApi(app);
        app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", fake.CreateMessage);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address);
        return fake;
    }

    async Task<IResult> CreateMessage(string accountSid, HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var to = form["To"].ToString();
        if (TakeRefusal(to) is { } refusal)
        {
            return Results.Json(new { code = refusal.Code, message = $"Refused by the fake ({refusal.Code})", more_info = $"https://www.twilio.com/docs/errors/{refusal.Code}", status = refusal.Status }, statusCode: refusal.Status);
        }

        var sid = "SM" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _messages.Enqueue(new SentMessage(
            sid, accountSid, to, form["From"].ToString(), form["Body"].ToString(),
            form.TryGetValue("StatusCallback", out var callback) ? callback.ToString() : null,
            form.TryGetValue("ValidityPeriod", out var validity) ? validity.ToString() : null,
            BasicAuthUser(request), DateTimeOffset.UtcNow));
        return Results.Json(
            new
            {
                sid,
                account_sid = accountSid,
                to,
                from = form["From"].ToString(),
                body = form["Body"].ToString(),
                status = "queued",
                direction = "outbound-api",
                api_version = "2010-04-01",
                num_segments = "1",
                date_created = DateTimeOffset.UtcNow.ToString("R"),
                uri = $"/2010-04-01/Accounts/{accountSid}/Messages/{sid}.json",
            },
            statusCode: StatusCodes.Status201Created);
    }

    Refusal? TakeRefusal(string to)
    {
        lock (_refusals)
        {
            if (_refusals.TryPeek(out var next) && (next.OnlyTo is null || next.OnlyTo == to))
            {
                _refusals.TryDequeue(out _);
                return next;
            }

            return null;
        }
    }

    static string? BasicAuthUser(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Basic ", StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':')[0]
            : null;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
