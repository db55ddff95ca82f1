using Hotline.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Hotline.Voice;

// Stores every call event against the call's contact, once per CallSid and event, and starts the
// triage of a missed call when it can: at once for the danger key, when the transcript arrives,
// or (VoiceTriageSweep) when it has waited long enough for one. An answered call is never triaged
// here, so it raises no alert.
public sealed class CallEventConsumer(CallStore calls, VoiceTriage voiceTriage, ILogger<CallEventConsumer> logger) : IConsumer<CallEventReported>
{
    public async Task Consume(ConsumeContext<CallEventReported> context)
    {
        var report = context.Message;
        var result = await calls.RecordAsync(report, context.CancellationToken);
        if (result.Duplicate)
        {
            logger.LogInformation("Call {CallSid} event {CallEvent} was already stored; the duplicate changed nothing", report.CallSid, report.Event);
            return;
        }

        logger.LogInformation("Stored call {CallSid} event {CallEvent} on contact {ContactId}", report.CallSid, report.Event, result.ContactId);
        switch (result.Triage)
        {
            case TriageNow.FromTranscript:
                await voiceTriage.TriageAsync(result.ContactId, report.EncryptedTranscript, report.KeyId, context, context.CancellationToken);
                break;
            case TriageNow.FromMenu:
                await voiceTriage.TriageFromMenuAsync(result.ContactId, context, context.CancellationToken);
                break;
            case TriageNow.No:
                break;
        }
    }
}
