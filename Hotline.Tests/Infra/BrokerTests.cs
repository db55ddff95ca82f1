using System.Text.Json;
using Hotline.Configuration;
using MassTransit;

namespace Hotline.Tests.Infra;

// RabbitMQ in both shapes: what the worker consumes from, what KEDA watches, and how the
// definitions reach the broker at boot.
public class BrokerTests
{
    // The queues the worker consumes from, named as MassTransit names them on the bus
    // (SetKebabCaseEndpointNameFormatter), from the consumer definitions in Hotline.Core.
    static IReadOnlyList<string> WorkerQueues() =>
        typeof(HotlineOptions).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && type.BaseType is { IsGenericType: true } baseType && baseType.GetGenericTypeDefinition() == typeof(ConsumerDefinition<>))
            .Select(type => ((IConsumerDefinition)Activator.CreateInstance(type)!).GetEndpointName(KebabCaseEndpointNameFormatter.Instance))
            .ToList();

    [Test]
    public void The_worker_queues_are_named_as_the_bus_names_them()
    {
        Assert.That(WorkerQueues(), Is.SupersetOf(new[] { "sms-received", "triage", "alert", "call-event" }));
    }

    [Test]
    public void Keda_scales_the_worker_on_queues_the_worker_consumes_from()
    {
        var scaled = Kubernetes.Get("ScaledObject", "hotline-worker");
        var triggers = scaled.Node.At("spec", "triggers").Mappings().ToList();
        var queues = triggers.Select(trigger => trigger.Text("metadata", "queueName")).ToList();

        Assert.That(Kubernetes.Get("Deployment", scaled.Node.Text("spec", "scaleTargetRef", "name")), Is.Not.Null);
        Assert.That(queues, Is.SubsetOf(WorkerQueues()));
        Assert.That(queues, Is.SupersetOf(new[] { "sms-received", "triage" }));
        Assert.That(triggers.Select(trigger => trigger.Text("type")), Is.All.EqualTo("rabbitmq"));
        Assert.That(triggers.Select(trigger => trigger.Text("metadata", "mode")), Is.All.EqualTo("QueueLength"));
        Assert.That(triggers.Select(trigger => int.Parse(trigger.Text("metadata", "value"), System.Globalization.CultureInfo.InvariantCulture)), Is.All.Positive);
        Assert.That(triggers.Select(trigger => Kubernetes.Get("TriggerAuthentication", trigger.Text("authenticationRef", "name"))), Is.All.Not.Null);
        Assert.That(int.Parse(scaled.Node.Text("spec", "minReplicaCount"), System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public void The_worker_deployment_leaves_the_replica_count_to_keda()
    {
        Assert.That(Kubernetes.Get("Deployment", "hotline-worker").Node.At("spec", "replicas"), Is.Null);
    }

    [Test]
    public void Kubernetes_runs_a_three_node_cluster()
    {
        Assert.That(Kubernetes.Get("RabbitmqCluster", "hotline-rabbitmq").Node.Text("spec", "replicas"), Is.EqualTo("3"));
    }

    [Test]
    public void Quorum_queues_are_switched_on_wherever_the_services_run_on_the_broker()
    {
        Assert.That(Compose.Environment("api")["Hotline__QuorumQueues"], Is.EqualTo("true"));
        Assert.That(Compose.Environment("worker")["Hotline__QuorumQueues"], Is.EqualTo("true"));
        Assert.That(InfraFiles.EnvFile(InfraFiles.PathOf("k8s/config.env")).ToDictionary()["Hotline__QuorumQueues"], Is.EqualTo("true"));
    }

    // Definitions loaded at boot replace the default user: each shape loads a folder holding a
    // users file (made from a secret) and the committed topology, from the path it configures.
    [Test]
    public void Compose_loads_the_users_and_the_committed_topology_from_the_folder_it_configures()
    {
        var rabbitmq = Compose.Service("rabbitmq");
        var configs = Compose.Root.At("configs");
        var folder = LoadDefinitions(configs.Text("rabbitmq-definitions-folder", "content"));
        var mounted = rabbitmq.At("volumes").Items().Select(volume => volume.Text()!.Split(':'))
            .Concat(rabbitmq.At("configs").Mappings().Select(config => new[] { "config:" + config.Text("source"), config.Text("target") }))
            .Where(mount => mount[1].StartsWith(folder + "/", StringComparison.Ordinal))
            .Select(mount => mount[0])
            .ToList();

        Assert.That(rabbitmq.At("configs").Mappings().Single(config => config.Text("source") == "rabbitmq-definitions-folder").Text("target"), Does.StartWith("/etc/rabbitmq/conf.d/"));
        Assert.That(mounted, Is.EquivalentTo(new[] { "config:rabbitmq-users", "./rabbitmq/definitions.json" }));
        Assert.That(rabbitmq.At("volumes").Items().Select(volume => volume.Text()), Does.Contain("./rabbitmq/rabbitmq.conf:/etc/rabbitmq/rabbitmq.conf:ro"));
    }

    [Test]
    public void The_users_definitions_compose_makes_are_json_for_the_user_in_the_connection_string()
    {
        var variables = new Dictionary<string, string> { ["RABBITMQ_PASSWORD"] = "secret" };
        using var users = JsonDocument.Parse(Compose.Interpolate(Compose.Root.Text("configs", "rabbitmq-users", "content"), variables));
        var uri = new Uri(Compose.Interpolate(Compose.Environment("worker")["ConnectionStrings__RabbitMq"], variables));

        Assert.That(users.RootElement.GetProperty("users")[0].GetProperty("name").GetString(), Is.EqualTo(uri.UserInfo.Split(':')[0]));
        Assert.That(users.RootElement.GetProperty("users")[0].GetProperty("password").GetString(), Is.EqualTo("secret"));
        Assert.That(users.RootElement.GetProperty("permissions")[0].GetProperty("vhost").GetString(), Is.EqualTo(Uri.UnescapeDataString(uri.AbsolutePath)));
    }

    [Test]
    public void Kubernetes_loads_the_users_secret_and_the_topology_config_map_from_the_folder_it_configures()
    {
        var spec = Kubernetes.Get("RabbitmqCluster", "hotline-rabbitmq").Node.At("spec");
        var folder = LoadDefinitions(spec.Text("rabbitmq", "additionalConfig"));
        var pod = spec.At("override", "statefulSet", "spec", "template", "spec");
        var volumes = pod.At("volumes").Mappings().ToDictionary(volume => volume.Text("name"), volume => volume.At("secret", "secretName").Text() ?? "configmap:" + volume.Text("configMap", "name"));
        var mounts = pod.At("containers").Mappings().Single(container => container.Text("name") == "rabbitmq").At("volumeMounts").Mappings()
            .Where(mount => mount.Text("mountPath").StartsWith(folder + "/", StringComparison.Ordinal))
            .OrderBy(mount => mount.Text("mountPath"), StringComparer.Ordinal)
            .Select(mount => volumes[mount.Text("name")] + "/" + mount.Text("subPath"))
            .ToList();
        var generator = Kubernetes.Kustomization(InfraFiles.PathOf("rabbitmq")).At("configMapGenerator").Mappings().Single();

        // Users first: the topology's permissions may name them.
        Assert.That(mounts, Is.EqualTo(new[] { "hotline-rabbitmq-users/users.json", "configmap:hotline-rabbitmq-definitions/definitions.json" }));
        Assert.That(generator.Text("name"), Is.EqualTo("hotline-rabbitmq-definitions"));
        Assert.That(generator.At("files").Items().Select(file => file.Text()), Is.EqualTo(new[] { "definitions.json" }), "the same file compose mounts");
        Assert.That(generator.Text("options", "disableNameSuffixHash"), Is.EqualTo("true"), "the operator's override is not rewritten by kustomize");
    }

    static string LoadDefinitions(string configuration) =>
        configuration.Split('\n').Select(line => line.Trim()).Single(line => line.StartsWith("load_definitions", StringComparison.Ordinal)).Split('=', 2)[1].Trim();
}
