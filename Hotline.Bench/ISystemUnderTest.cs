namespace Hotline.Bench;

// Hotline (API and worker processes) or the bare baseline beside it: where the webhooks go, the
// processes to watch, and which MessageSid each SMS the fake Twilio received is the alert of.
public interface ISystemUnderTest : IAsyncDisposable
{
    string Name { get; }

    Webhooks Webhooks { get; }

    BenchVhost Vhost { get; }

    IReadOnlyList<BenchProcess> Processes { get; }

    // MessageSid → when its first alert reached the fake Twilio (Stopwatch timestamp).
    Task<IReadOnlyDictionary<string, long>> AlertsAsync(FakeTwilio twilio);

    // True once the `accepted` webhooks (all since the start) have gone as far as they will.
    Task<bool> SettledAsync(FakeTwilio twilio, int accepted);

    // How far the contacts have come, for a message when they do not come far enough.
    Task<string> ProgressAsync(FakeTwilio twilio);
}
