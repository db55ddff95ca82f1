using Hotline.Alerts;
using Hotline.Roster;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Voice;

// Who a live call is put through to. The caller is on the line, so this never throws and never
// waits long: the roster is read at most every Voice:RosterCacheDuration, within
// Voice:RosterTimeout, and when it can't be read the call goes to Voice:FallbackNumber, or to
// voicemail when that is not set.
public sealed class VoiceRoster(RosterStore roster, IOptions<VoiceOptions> options, TimeProvider time, ILogger<VoiceRoster> logger)
{
    sealed record Snapshot(OnDuty OnDuty, DateTimeOffset ReadAt);

    Snapshot? _snapshot;

    public async Task<VoiceRoute> RouteAsync(string language, CancellationToken cancellationToken)
    {
        OnDuty onDuty;
        try
        {
            onDuty = await OnDutyAsync(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "The roster could not be read for a live call; using the fallback number");
            return options.Value.FallbackNumber is { } fallback ? new VoiceRoute(fallback, null) : VoiceRoute.Voicemail;
        }

        // The same choice as the first step of an alert: the primary who speaks the language,
        // else the first primary on duty.
        var primaries = EscalationPlan.Recipients(EscalationPlan.Tier.Primary, onDuty, language);
        return primaries.Count == 0 ? VoiceRoute.Voicemail : new VoiceRoute(primaries[0].Phone, primaries[0].Id);
    }

    async Task<OnDuty> OnDutyAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_snapshot is { } cached && now - cached.ReadAt < options.Value.RosterCacheDuration)
        {
            return cached.OnDuty;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.RosterTimeout);
        var onDuty = await roster.OnDutyAsync(now, deadline.Token);

        // Two calls that miss the cache at once both read; the later snapshot wins. Harmless.
        _snapshot = new Snapshot(onDuty, now);
        return onDuty;
    }
}
