using Hotline.Tests.Support;

namespace Hotline.Tests.Worker;

public class WorkerOptionsTests
{
    [TestCase("https://+:8443")]
    [TestCase("8081")]
    [TestCase("http://+:8081;ftp://+:21")]
    [TestCase(" ; ")]
    public async Task A_worker_with_wrong_urls_stops_at_start_up_naming_the_key(string urls)
    {
        using var directory = new TestDirectory();

        var (exitCode, output) = await WorkerProcess.RunToExitAsync(directory, RabbitMqBroker.Uri, new Dictionary<string, string> { ["Worker:Urls"] = urls });

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(output, Does.Contain("Worker:Urls"));
        Assert.That(output, Does.Not.Contain("Health and metrics listening"));
    }
}
