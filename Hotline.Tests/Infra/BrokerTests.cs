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

    // A queue declared with other arguments than the broker already has is refused: the services
    // must declare the queues as the committed definitions do.
    [Test]
    public void The_services_declare_quorum_queues_as_the_committed_definitions_do()
    {
        var workerQueues = Definitions().RootElement.GetProperty("queues").EnumerateArray()
            .Where(queue => WorkerQueues().Contains(queue.GetProperty("name").GetString()!))
            .ToList();

        Assert.That(workerQueues, Has.Count.EqualTo(WorkerQueues().Count));
        Assert.That(workerQueues.Select(queue => queue.GetProperty("arguments").GetProperty("x-queue-type").GetString()), Is.All.EqualTo("quorum"));
        Assert.That(Compose.Environment("api")["Hotline__QuorumQueues"], Is.EqualTo("true"));
        Assert.That(Compose.Environment("worker")["Hotline__QuorumQueues"], Is.EqualTo("true"));
        Assert.That(InfraFiles.EnvFile(InfraFiles.PathOf("k8s/config.env")).ToDictionary()["Hotline__QuorumQueues"], Is.EqualTo("true"));
    }

    [Test]
    public void The_queues_keda_watches_exist_from_the_brokers_first_boot()
    {
        var declared = Definitions().RootElement.GetProperty("queues").EnumerateArray().Select(queue => queue.GetProperty("name").GetString()).ToList();
        var watched = Kubernetes.Get("ScaledObject", "hotline-worker").Node.At("spec", "triggers").Mappings().Select(trigger => trigger.Text("metadata", "queueName"));

        Assert.That(watched, Is.SubsetOf(declared));
    }

    // Users and passwords come from a secret beside it, never from the committed file.
    [Test]
    public void The_committed_definitions_hold_no_users_and_declare_the_virtual_host_the_services_use()
    {
        var definitions = Definitions().RootElement;
        var broker = new Uri(Compose.Interpolate(Compose.Environment("worker")["ConnectionStrings__RabbitMq"], new Dictionary<string, string> { ["RABBITMQ_PASSWORD"] = "secret" }));

        Assert.That(definitions.TryGetProperty("users", out _), Is.False);
        Assert.That(File.ReadAllText(InfraFiles.PathOf("rabbitmq/definitions.json")), Does.Not.Contain("password"));
        Assert.That(definitions.GetProperty("vhosts").EnumerateArray().Select(vhost => vhost.GetProperty("name").GetString()), Does.Contain(Uri.UnescapeDataString(broker.AbsolutePath)));
    }

    static JsonDocument Definitions() => JsonDocument.Parse(File.ReadAllText(InfraFiles.PathOf("rabbitmq/definitions.json")));

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

        // conf.d is read after rabbitmq.conf, whose load_definitions names the single file.
        Assert.That(rabbitmq.At("configs").Mappings().Single(config => config.Text("source") == "rabbitmq-definitions-folder").Text("target"), Does.StartWith("/etc/rabbitmq/conf.d/"));
        Assert.That(LoadDefinitions(File.ReadAllText(InfraFiles.PathOf("rabbitmq/rabbitmq.conf"))), Is.Not.EqualTo(folder));
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
        var settings = pod.At("containers").Mappings().Single(container => container.Text("name") == "rabbitmq").At("volumeMounts").Mappings()
            .Single(mount => mount.Text("subPath") == "rabbitmq.conf").Text("mountPath");
        var generator = Kubernetes.Kustomization(InfraFiles.PathOf("rabbitmq")).At("configMapGenerator").Mappings().Single();

        // Users first: the topology's permissions may name them.
        Assert.That(mounts, Is.EqualTo(new[] { "hotline-rabbitmq-users/users.json", "configmap:hotline-rabbitmq-definitions/definitions.json" }));
        // Our settings go among the operator's conf.d files, before additionalConfig
        // (90-userDefinedConfiguration.conf), whose load_definitions replaces the file's.
        Assert.That(Path.GetDirectoryName(settings), Is.EqualTo("/etc/rabbitmq/conf.d"));
        Assert.That(string.CompareOrdinal(Path.GetFileName(settings), "90-userDefinedConfiguration.conf"), Is.Negative);
        Assert.That(generator.Text("name"), Is.EqualTo("hotline-rabbitmq-definitions"));
        Assert.That(generator.At("files").Items().Select(file => file.Text()), Is.EquivalentTo(new[] { "definitions.json", "rabbitmq.conf" }), "the same files compose mounts");
        Assert.That(generator.Text("options", "disableNameSuffixHash"), Is.EqualTo("true"), "the operator's override is not rewritten by kustomize");
    }

    static string LoadDefinitions(string configuration) =>
        configuration.Split('\n').Select(line => line.Trim()).Single(line => line.StartsWith("load_definitions", StringComparison.Ordinal)).Split('=', 2)[1].Trim();
}
