namespace Hotline.Tests.Support;

public static class Eventually
{
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
