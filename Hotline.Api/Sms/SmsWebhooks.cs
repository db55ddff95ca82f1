using System.Text.RegularExpressions;
using Hotline.Api.Twilio;
using Hotline.Configuration;
using Hotline.Contracts;
using Hotline.Privacy;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Hotline.Api.Sms;

public static partial class SmsWebhooks
{
    public const int MaxBodyLength = 1600;

    public static RouteGroupBuilder MapSmsWebhooks(this RouteGroupBuilder twilio)
    {
        twilio.MapPost("/sms", ReceiveSms);
        return twilio;
    }

    // Thin on purpose: read the form (already checked by TwilioSignatureFilter), seal the personal
    // data, publish with a deadline, answer. Never waits for the database or the classifier.
    static async Task<IResult> ReceiveSms(
        HttpContext http,
        IPublishEndpoint bus,
        PersonalDataProtector protector,
        TimeProvider time,
        IOptions<HotlineOptions> options,
        ILoggerFactory loggers)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var messageSid = form["MessageSid"].ToString();
        var from = form["From"].ToString();
        var body = form["Body"].ToString();

        if (Problem(messageSid, from, body) is { } problem)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        var sms = new SmsReceived
        {
            MessageSid = messageSid,
            ReceivedAt = time.GetUtcNow(),
            To = form["To"].ToString(),
            CallerHash = protector.HashPhoneNumber(from),
            EncryptedCallerNumber = protector.Encrypt(from, ProtectedColumns.CallerNumber),
            EncryptedBody = protector.Encrypt(body, ProtectedColumns.Body),
            KeyId = protector.CurrentKeyId,
            NumMedia = int.TryParse(form["NumMedia"], out var numMedia) ? numMedia : 0,
        };

        var logger = loggers.CreateLogger(typeof(SmsWebhooks).FullName!);
        var publishTimeout = options.Value.PublishTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(publishTimeout);
        try
        {
            await bus.Publish(sms, deadline.Token);
        }
        catch (Exception exception) when (!http.RequestAborted.IsCancellationRequested && exception is OperationCanceledException or MassTransitException)
        {
            // An error status makes Twilio log the failure and try the fallback URL, where one is
            // set; a 200 here would tell Twilio the message was taken when it was not.
            logger.LogError(exception, "SMS {MessageSid} could not be published within {PublishTimeout}", messageSid, publishTimeout);
            return TwiMLResult.NoReply(StatusCodes.Status503ServiceUnavailable);
        }

        logger.LogInformation("Accepted SMS {MessageSid}", messageSid);
        return TwiMLResult.NoReply();
    }

    static string? Problem(string messageSid, string from, string body)
    {
        if (!MessageSidPattern().IsMatch(messageSid))
        {
            return "MessageSid is missing or is not a Twilio message SID.";
        }

        if (from.Length is 0 or > 64)
        {
            return "From is missing or longer than any phone number.";
        }

        return body.Length > MaxBodyLength ? $"Body is longer than the {MaxBodyLength} characters of an SMS." : null;
    }

    // SM… for SMS, MM… for MMS: two letters and 32 hexadecimal digits.
    [GeneratedRegex("^(SM|MM)[0-9a-fA-F]{32}$")]
    private static partial Regex MessageSidPattern();
}
