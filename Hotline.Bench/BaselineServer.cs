using System.Text;
using Hotline.Contracts;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Bench;

// The baseline, run by the bench as a process of its own (`Hotline.Bench serve-baseline`): a bare
// ASP.NET Core endpoint that only reads the form and publishes the same SmsReceived with
// MassTransit to the same broker, and (with BENCH_TWILIO set) a consumer that only posts each
// message to Twilio's REST API. No signature check, no sealing, no spool, no database, no triage:
// what is left is the least any webhook → broker → REST-call service pays.
// With BENCH_HOPS=2 the message takes Hotline's route for an SMS instead, doing nothing on the way:
// two quorum queues, SmsReceived → ContactTriaged → REST call. The pipeline against this chain is
// the cost of Hotline's own work; this chain against one hop, the cost of the route.
public static class BaselineServer
{
    public const string Command = "serve-baseline";

    public static int Run(string[] args)
    {
        var broker = new Uri(Environment.GetEnvironmentVariable("BENCH_RABBITMQ") ?? throw new InvalidOperationException("BENCH_RABBITMQ is not set"));
        var twilio = Environment.GetEnvironmentVariable("BENCH_TWILIO") is { Length: > 0 } url ? new Uri(url) : null;
        var hotlineRoute = Environment.GetEnvironmentVariable("BENCH_HOPS") == "2";

        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("MassTransit", LogLevel.Information).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.Services.AddSingleton(new HttpClient(new SocketsHttpHandler()) { BaseAddress = twilio, Timeout = TimeSpan.FromSeconds(10) });
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            if (twilio is not null && hotlineRoute)
            {
                bus.AddConsumer<TriagedHop>();
                bus.AddConsumer<AlertHop>();
                bus.AddConfigureEndpointsCallback((_, endpoint) =>
                {
                    if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                    {
                        rabbit.SetQuorumQueue();
                    }
                });
            }
            else if (twilio is not null)
            {
                bus.AddConsumer<BaselineConsumer>();
            }

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker);
                rabbit.ConfigureEndpoints(context);
            });
        });

        var app = builder.Build();
        app.MapPost("/twilio/sms", async (HttpContext http, IPublishEndpoint bus) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            await bus.Publish(
                new SmsReceived
                {
                    MessageSid = form["MessageSid"].ToString(),
                    ReceivedAt = DateTimeOffset.UtcNow,
                    To = form["To"].ToString(),
                    CallerHash = Encoding.UTF8.GetBytes(form["From"].ToString()),
                    EncryptedCallerNumber = Encoding.UTF8.GetBytes(form["From"].ToString()),
                    EncryptedBody = Encoding.UTF8.GetBytes(form["Body"].ToString()),
                    KeyId = "none",
                },
                http.RequestAborted);
            return Results.Text("<Response></Response>", "text/xml");
        });
        app.Run();
        return 0;
    }

    sealed class BaselineConsumer(HttpClient http) : IConsumer<SmsReceived>
    {
        public Task Consume(ConsumeContext<SmsReceived> context) => PostToTwilioAsync(http, context.Message.MessageSid, context.CancellationToken);
    }

    sealed class TriagedHop : IConsumer<SmsReceived>
    {
        public Task Consume(ConsumeContext<SmsReceived> context) =>
            context.Publish(new ContactTriaged
            {
                ContactId = 0,
                SourceSid = context.Message.MessageSid,
                Channel = "sms",
                Category = "forced_labour",
                Urgency = "high",
                CallerRole = "self",
                ContactSafety = "any",
                Language = "en",
                Indicators = ["documents_taken"],
            });
    }

    sealed class AlertHop(HttpClient http) : IConsumer<ContactTriaged>
    {
        public Task Consume(ConsumeContext<ContactTriaged> context) => PostToTwilioAsync(http, context.Message.SourceSid, context.CancellationToken);
    }

    static async Task PostToTwilioAsync(HttpClient http, string messageSid, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["To"] = "+4520000101",
            ["From"] = Webhooks.HotlineNumber,
            ["Body"] = messageSid,
        });
        using var response = await http.PostAsync($"2010-04-01/Accounts/{Webhooks.AccountSid}/Messages.json", form, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
