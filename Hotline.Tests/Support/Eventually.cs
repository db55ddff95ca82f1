namespace Hotline.Tests.Support;

public static class Eventually
{
    // How long a contact may take to be stored and triaged when it is the first a process sees: the classifier
    // (Lingua's models, the model trained on every labelled round) may still be building, in the background since
    // start-up (TriageWarmUp): about 20 s on a quiet 2-core AMD EPYC VM, more under the suite's load.
    public static TimeSpan FirstContactTimeout { get; } = TimeSpan.FromSeconds(60);

    // Polls until the condition holds; the work under test happens on other threads or processes.
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout)
    {
        var giveUpAt = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > giveUpAt)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}
