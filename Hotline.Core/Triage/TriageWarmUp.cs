using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Triage;

// Builds the classifier in the background as a host with consumers starts, so that the first contact after a
// (re)start is triaged at once instead of waiting the 10 to 25 seconds the build takes (Lingua's language models,
// the model's training). Start-up does not wait for it: the API answers Twilio, and staff SMS are handled, from
// the first second; a contact that comes sooner waits for the same build, as it did before.
public sealed class TriageWarmUp(Lazy<TriageClassifier> classifier, ILogger<TriageWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await Task.Run(() => classifier.Value, stoppingToken);
            logger.LogInformation("Triage classifier ready after {Seconds:F1} s", Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // Not fatal to the host: the API must still answer Twilio. Each triage then fails the same way and
            // is retried, and the contacts stay stored untriaged until the classifier builds.
            logger.LogError(exception, "The triage classifier could not be built");
        }
    }
}
