using System.Globalization;

namespace Hotline.Tests.Infra;

// The port each process listens on, as configured, against every place that names it: the
// Dockerfile, compose's ports and health check, the Kubernetes container ports, probes,
// Prometheus annotations and Services.
public class PortTests
{
    static IEnumerable<AppContainer> Containers => AppContainer.Both;

    static string Number(int port) => port.ToString(CultureInfo.InvariantCulture);

    [TestCaseSource(nameof(Containers))]
    public void Compose_publishes_and_checks_the_port_the_container_listens_on(AppContainer container)
    {
        var environment = new Dictionary<string, string>(Dockerfile.Read(InfraFiles.PathOf(container.Dockerfile)).Final.Env);
        foreach (var (name, value) in Compose.Environment(container.ComposeService))
        {
            environment[name] = value;
        }

        var service = Compose.Service(container.ComposeService);
        var published = service.At("ports").Items().Select(port => port.Text()!).ToList();

        Assert.That(container.PortIn(environment[container.PortVariable]), Is.EqualTo(container.Port));
        Assert.That(published, Is.Not.Empty);
        Assert.That(published.Select(port => port.Split(':')[^1]), Is.All.EqualTo(Number(container.Port)));
        Assert.That(Compose.HealthCheck(container.ComposeService), Is.EqualTo(new[] { "CMD", "healthcheck", Number(container.Port), "/health/ready" }));
    }

    [Test]
    public void Compose_publishes_every_port_on_the_loopback_interface_only()
    {
        var ports = Compose.ServiceNames.SelectMany(service => Compose.Service(service).At("ports").Items().Select(port => port.Text()!)).ToList();

        Assert.That(ports, Has.Count.GreaterThanOrEqualTo(5));
        Assert.That(ports, Is.All.Match(@"^127\.0\.0\.1:\d+:\d+$"));
    }

    [TestCaseSource(nameof(Containers))]
    public void Kubernetes_probes_scrapes_and_serves_the_port_the_container_listens_on(AppContainer container)
    {
        var workload = Kubernetes.Get(container.WorkloadKind, container.Workload);
        var pod = Kubernetes.Container(workload);
        var env = Kubernetes.Env(pod);
        var annotations = workload.Node.At("spec", "template", "metadata", "annotations");
        var probes = new[] { "startupProbe", "readinessProbe", "livenessProbe" }.Select(probe => pod.At(probe)).ToList();

        Assert.That(container.PortIn(env[container.PortVariable]), Is.EqualTo(container.Port));
        Assert.That(pod.At("ports").Mappings().Select(port => port.Text("containerPort")), Is.EqualTo(new[] { Number(container.Port) }));
        Assert.That(probes, Is.All.Not.Null);
        Assert.That(probes.Select(probe => Kubernetes.ResolvePort(pod, probe.Text("httpGet", "port"))), Is.All.EqualTo(container.Port));
        Assert.That(annotations.Text("prometheus.io/scrape"), Is.EqualTo("true"));
        Assert.That(annotations.Text("prometheus.io/port"), Is.EqualTo(Number(container.Port)));
        Assert.That(annotations.Text("prometheus.io/path"), Is.EqualTo("/metrics"));
    }

    [Test]
    public void Every_service_selects_a_workload_and_targets_a_port_its_container_listens_on()
    {
        var services = Kubernetes.OfKind("Service").ToList();

        Assert.That(services, Is.Not.Empty);
        foreach (var service in services)
        {
            var selector = Kubernetes.Labels(service.Node.At("spec", "selector"));
            var workload = Kubernetes.Workloads.SingleOrDefault(candidate => selector.All(label => Kubernetes.PodLabels(candidate).GetValueOrDefault(label.Key) == label.Value));
            Assert.That(workload, Is.Not.Null, $"{service} selects no workload");

            var container = AppContainer.Both.Single(candidate => candidate.Workload == workload!.Name);
            var targets = service.Node.At("spec", "ports").Mappings().Select(port => Kubernetes.ResolvePort(Kubernetes.Container(workload!), port.Text("targetPort")));
            Assert.That(targets, Is.All.EqualTo(container.Port), service.ToString());
        }
    }

    [Test]
    public void Resolving_a_port_by_a_name_the_container_does_not_have_fails()
    {
        var pod = Kubernetes.Container(Kubernetes.Get("StatefulSet", "hotline-api"));

        Assert.That(() => Kubernetes.ResolvePort(pod, "metrics"), Throws.InvalidOperationException);
        Assert.That(Kubernetes.ResolvePort(pod, "http"), Is.EqualTo(8080));
    }
}
