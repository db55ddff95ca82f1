using System.Text.RegularExpressions;
using Hotline.Api.Twilio;
using Hotline.Contracts;
using Hotline.Privacy;
using Twilio.TwiML;

namespace Hotline.Api.Voice;

// Turns a voice webhook into a CallEventReported, the caller's number sealed, and publishes it
// with the deadline of DeadlinePublisher.
public sealed partial class CallEventPublisher(DeadlinePublisher publisher, PersonalDataProtector protector, TimeProvider time, ILogger<CallEventPublisher> logger)
{
    // Bound per request by minimal APIs (BindAsync), like VoiceTwiML.
    public static ValueTask<CallEventPublisher?> BindAsync(HttpContext http)
    {
        var services = http.RequestServices;
        return ValueTask.FromResult<CallEventPublisher?>(new CallEventPublisher(
            services.GetRequiredService<DeadlinePublisher>(),
            services.GetRequiredService<PersonalDataProtector>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<CallEventPublisher>>()));
    }

    // For a webhook whose answer the caller is waiting for: the call goes on even when the event
    // is lost, so this never fails; the loss is logged.
    public async Task PublishForCallerAsync(IFormCollection form, string eventName, Func<CallEventReported, CallEventReported> fill, CancellationToken requestAborted)
    {
        if (Report(form, eventName) is not { } report)
        {
            logger.LogWarning("A voice webhook ({CallEvent}) without a valid CallSid: answered, not recorded", eventName);
            return;
        }

        try
        {
            if (!await publisher.PublishAsync(fill(report), report.CallSid, requestAborted))
            {
                logger.LogError("Call {CallSid} event {CallEvent} was lost: the broker did not take it in time", report.CallSid, eventName);
            }
        }
        catch (Exception exception) when (!requestAborted.IsCancellationRequested)
        {
            logger.LogError(exception, "Call {CallSid} event {CallEvent} was lost", report.CallSid, eventName);
        }
    }

    // For a callback nobody hears: 503 when the broker can't take it, so Twilio logs the failure.
    public async Task<IResult> PublishCallbackAsync(IFormCollection form, string eventName, Func<CallEventReported, CallEventReported> fill, CancellationToken requestAborted)
    {
        if (Report(form, eventName) is not { } report)
        {
            return TypedResults.Problem("CallSid is missing or is not a Twilio call SID.", statusCode: StatusCodes.Status400BadRequest);
        }

        return await publisher.PublishAsync(fill(report), report.CallSid, requestAborted)
            ? new TwiMLResult(new VoiceResponse())
            : new TwiMLResult(new VoiceResponse(), StatusCodes.Status503ServiceUnavailable);
    }

    CallEventReported? Report(IFormCollection form, string eventName)
    {
        var callSid = form["CallSid"].ToString();
        if (!CallSidPattern().IsMatch(callSid))
        {
            return null;
        }

        var from = SenderNumbers.VoiceCaller(form["From"].ToString().Trim());
        return new CallEventReported
        {
            CallSid = callSid,
            Event = eventName,
            ReceivedAt = time.GetUtcNow(),
            CallerHash = from is null ? null : protector.HashPhoneNumber(from),
            EncryptedCallerNumber = from is null ? null : protector.Encrypt(from, ProtectedColumns.CallerNumber),
            KeyId = protector.CurrentKeyId,
        };
    }

    [GeneratedRegex("^CA[0-9a-fA-F]{32}$")]
    private static partial Regex CallSidPattern();
}
