using System.Net;
using Hotline.Tests.Support;
using Hotline.Triage;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tests.Triage;

// A host with consumers builds the classifier as it starts, so that the first contact after a restart does not
// wait for it; a classifier that cannot be built must not take the API down with it.
public class TriageWarmUpTests
{
    [Test]
    public async Task The_embedded_api_builds_the_classifier_before_any_contact_comes()
    {
        using var directory = new TestDirectory();
        await using var api = new HotlineApiFactory(directory);
        using var client = api.CreateClient();

        var logs = await Eventually.Get(
            () => Task.FromResult(api.Logs.AllText), text => text.Contains("Triage classifier ready after", StringComparison.Ordinal), Eventually.FirstContactTimeout);

        Assert.That(logs, Does.Contain("Triage classifier ready after"));
        Assert.That(api.Services.GetRequiredService<Lazy<TriageClassifier>>().IsValueCreated, Is.True);
    }

    [Test]
    public async Task A_classifier_that_cannot_be_built_is_logged_and_the_api_still_answers()
    {
        using var directory = new TestDirectory();
        await using var api = new HotlineApiFactory(directory);
        var broken = new Lazy<TriageClassifier>(() => throw new InvalidDataException("a lexicon that does not parse"));
        await using var failing = api.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton(broken)));
        using var client = failing.CreateClient();

        var logs = await Eventually.Get(
            () => Task.FromResult(api.Logs.AllText), text => text.Contains("could not be built", StringComparison.Ordinal), TimeSpan.FromSeconds(15));
        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.That(logs, Does.Contain("The triage classifier could not be built").And.Contain("a lexicon that does not parse"));
        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
