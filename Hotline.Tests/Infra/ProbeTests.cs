using System.Net;
using Hotline.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tests.Infra;

// The health endpoints the probes call are the ones the services serve, and each probe asks the
// right question: liveness only whether the process answers (restarting a pod does not bring a
// broker back), readiness whether it can take traffic.
public class ProbeTests
{
    static IEnumerable<AppContainer> Containers => AppContainer.Both;

    // Every path a probe or health check calls, per container.
    static IEnumerable<string> ProbePaths(AppContainer container)
    {
        var pod = Kubernetes.Container(Kubernetes.Get(container.WorkloadKind, container.Workload));
        foreach (var probe in new[] { "startupProbe", "readinessProbe", "livenessProbe" })
        {
            yield return pod.Text(probe, "httpGet", "path");
        }

        yield return Compose.HealthCheck(container.ComposeService)[^1];
        yield return Dockerfile.Read(InfraFiles.PathOf(container.Dockerfile)).Final.Arguments("HEALTHCHECK").Single().Split('"')[^2];
    }

    [TestCaseSource(nameof(Containers))]
    public void Kubernetes_asks_readiness_of_ready_and_liveness_of_live(AppContainer container)
    {
        var pod = Kubernetes.Container(Kubernetes.Get(container.WorkloadKind, container.Workload));

        Assert.That(pod.Text("readinessProbe", "httpGet", "path"), Is.EqualTo("/health/ready"));
        Assert.That(pod.Text("livenessProbe", "httpGet", "path"), Is.EqualTo("/health/live"));
        Assert.That(pod.Text("startupProbe", "httpGet", "path"), Is.EqualTo("/health/live"));
    }

    [Test]
    public async Task Every_path_the_api_is_probed_on_answers_200_from_the_real_api()
    {
        using var directory = new TestDirectory();
        await using var api = new HotlineApiFactory(directory);
        using var client = api.CreateClient();
        var paths = ProbePaths(AppContainer.Api).Distinct().ToList();

        Assert.That(paths, Is.EquivalentTo(new[] { "/health/live", "/health/ready" }));
        foreach (var path in paths)
        {
            var status = await Eventually.Get(
                async () =>
                {
                    using var response = await client.GetAsync(path);
                    return response.StatusCode;
                },
                code => code == HttpStatusCode.OK,
                TimeSpan.FromSeconds(15));
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), path);
        }
    }

    // The worker serves the same health endpoints as the API (its own port, Worker__Urls).
    [Test]
    public async Task The_worker_is_probed_only_on_the_health_endpoints_the_services_map()
    {
        using var directory = new TestDirectory();
        await using var api = new HotlineApiFactory(directory);
        _ = api.Server;
        var health = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))
            .Where(route => route.StartsWith("/health/", StringComparison.Ordinal))
            .ToList();

        Assert.That(health, Is.SupersetOf(new[] { "/health/live", "/health/ready" }));
        Assert.That(ProbePaths(AppContainer.Worker).Distinct(), Is.SubsetOf(health));
    }
}
