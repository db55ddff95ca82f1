using Hotline.Hosting;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Voice;

// The transcription wait: a missed call or voicemail is triaged from its transcript when one
// arrives, but Twilio's transcripts are often missing or late. Every Voice:SweepInterval this
// triages, from the menu choice, the missed calls whose last callback is Voice:TranscriptionWait
// old, and those whose triage was claimed but never stored (see CallStore.ClaimDueForMenuTriageAsync).
// The claim in the database lets several workers run it.
public sealed class VoiceTriageSweep(
    CallStore calls,
    VoiceTriage voiceTriage,
    IServiceScopeFactory scopes,
    IOptions<VoiceOptions> options,
    TimeProvider time,
    ILogger<VoiceTriageSweep> logger) : PeriodicService(options.Value.SweepInterval, time, logger)
{
    public override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var due = await calls.ClaimDueForMenuTriageAsync(
            options.Value.TranscriptionWait, TimeSpan.FromSeconds(options.Value.MaxRecordingSeconds), cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

        using var scope = scopes.CreateScope();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
        foreach (var contactId in due)
        {
            await voiceTriage.TriageFromMenuAsync(contactId, publisher, cancellationToken);
        }
    }
}
