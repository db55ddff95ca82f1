using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Hotline.Twilio;

// Twilio:Mode = Simulated: nothing leaves the machine. Each message gets a MessageSid as Twilio
// would give it and is kept in the delivery rows, and the latest ones in memory (Sent), so that
// a developer or a test can see what would have been sent.
public sealed class SimulatedSmsSender(ILogger<SimulatedSmsSender> logger) : ISmsSender
{
    const int Kept = 1000;
    readonly ConcurrentQueue<(string MessageSid, OutboundSms Sms)> _sent = new();

    public IReadOnlyCollection<(string MessageSid, OutboundSms Sms)> Sent => _sent;

    public Task<string> SendAsync(OutboundSms sms, CancellationToken cancellationToken)
    {
        var messageSid = "SM" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _sent.Enqueue((messageSid, sms));
        while (_sent.Count > Kept && _sent.TryDequeue(out _))
        {
        }

        logger.LogInformation("Simulated SMS {MessageSid}: recorded, not sent", messageSid);
        return Task.FromResult(messageSid);
    }
}
