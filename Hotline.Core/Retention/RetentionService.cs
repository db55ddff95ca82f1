using Hotline.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Retention;

// Runs the Anonymiser every Retention:Interval where the consumers run (the worker, or the API in
// the embedded default).
public sealed class RetentionService(Anonymiser anonymiser, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionService> logger)
    : PeriodicService(options.Value.Interval, time, logger)
{
    public override Task RunOnceAsync(CancellationToken cancellationToken) => anonymiser.RunOnceAsync(cancellationToken);
}
