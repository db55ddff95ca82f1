using System.Text.RegularExpressions;
using Hotline.Api.Twilio;
using Hotline.Contracts;
using Hotline.Privacy;

namespace Hotline.Api.Sms;

public static partial class SmsWebhooks
{
    public const int MaxBodyLength = 1600;

    public static RouteGroupBuilder MapSmsWebhooks(this RouteGroupBuilder twilio)
    {
        twilio.MapPost("/sms", ReceiveSms);
        twilio.MapPost("/sms/status", ReceiveStatus);
        return twilio;
    }

    // Thin on purpose: read the form (already checked by TwilioSignatureFilter), seal the personal
    // data, publish with a deadline, answer. Never waits for the database or the classifier.
    static async Task<IResult> ReceiveSms(HttpContext http, DeadlinePublisher publisher, PersonalDataProtector protector, TimeProvider time, ILoggerFactory loggers)
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

        if (!await publisher.PublishAsync(sms, messageSid, http.RequestAborted))
        {
            return TwiMLResult.NoReply(StatusCodes.Status503ServiceUnavailable);
        }

        loggers.CreateLogger(typeof(SmsWebhooks).FullName!).LogInformation("Accepted SMS {MessageSid}", messageSid);
        return TwiMLResult.NoReply();
    }

    // The delivery status of an SMS we sent to staff (StatusCallback of an alert).
    static async Task<IResult> ReceiveStatus(HttpContext http, DeadlinePublisher publisher)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var messageSid = form["MessageSid"].ToString();
        var status = form["MessageStatus"].ToString();
        if (!MessageSidPattern().IsMatch(messageSid) || status.Length is 0 or > 32)
        {
            return TypedResults.Problem("MessageSid and MessageStatus are required.", statusCode: StatusCodes.Status400BadRequest);
        }

        var report = new SmsStatusReported
        {
            MessageSid = messageSid,
            MessageStatus = status,
            ErrorCode = int.TryParse(form["ErrorCode"], out var errorCode) ? errorCode : null,
        };
        return await publisher.PublishAsync(report, messageSid, http.RequestAborted)
            ? TwiMLResult.NoReply()
            : TwiMLResult.NoReply(StatusCodes.Status503ServiceUnavailable);
    }

    static string? Problem(string messageSid, string from, string body)
    {
        if (!MessageSidPattern().IsMatch(messageSid))
        {
            return "MessageSid is missing or is not a Twilio message SID.";
        }

        if (!SenderNumbers.IsSmsSender(from))
        {
            return "From is missing or is not a phone number (E.164), a short code or an alphanumeric sender ID.";
        }

        return body.Length > MaxBodyLength ? $"Body is longer than the {MaxBodyLength} characters of an SMS." : null;
    }

    // SM… for SMS, MM… for MMS: two letters and 32 hexadecimal digits.
    [GeneratedRegex("^(SM|MM)[0-9a-fA-F]{32}$")]
    private static partial Regex MessageSidPattern();
}
