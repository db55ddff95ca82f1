using System.Globalization;

namespace Hotline.Tests.Infra;

public class KubernetesTests
{
    [Test]
    public void The_kustomization_lists_files_and_folders_that_exist()
    {
        Assert.That(Kubernetes.Resources(Kubernetes.Folder).ToList(), Has.Count.GreaterThanOrEqualTo(5));
        Assert.That(Kubernetes.KustomizationFolders, Has.Count.EqualTo(2));
        foreach (var folder in Kubernetes.KustomizationFolders)
        {
            var kustomization = Kubernetes.Kustomization(folder);
            var files = kustomization.At("configMapGenerator").Items()
                .SelectMany(generator => generator.At("files").Items().Concat(generator.At("envs").Items()))
                .Select(file => Path.Combine(folder, file.Text()!.Split('=')[^1]));

            foreach (var resource in Kubernetes.Resources(folder))
            {
                Assert.That(File.Exists(resource) || File.Exists(Path.Combine(resource, "kustomization.yaml")), Is.True, $"{InfraFiles.Relative(resource)} (listed in {InfraFiles.Relative(folder)}) does not exist");
            }

            foreach (var file in files)
            {
                Assert.That(File.Exists(file), Is.True, $"{InfraFiles.Relative(file)} (generated from in {InfraFiles.Relative(folder)}) does not exist");
            }
        }
    }

    [Test]
    public void Every_manifest_in_the_folder_is_in_the_kustomization()
    {
        var listed = Kubernetes.Manifests.Select(manifest => manifest.File).ToHashSet();
        var onDisk = Directory.EnumerateFiles(Kubernetes.Folder, "*.yaml").Where(file => Path.GetFileName(file) != "kustomization.yaml");

        Assert.That(onDisk, Is.SubsetOf(listed));
    }

    [Test]
    public void Everything_goes_into_the_hotline_namespace()
    {
        Assert.That(Kubernetes.Kustomization(Kubernetes.Folder).Text("namespace"), Is.EqualTo("hotline"));
        Assert.That(Kubernetes.Get("Namespace", "hotline"), Is.Not.Null);
        Assert.That(Kubernetes.Manifests.Select(manifest => manifest.Node.At("metadata", "namespace").Text()), Is.All.Null, "the kustomization sets the namespace");
    }

    [Test]
    public void The_api_runs_at_least_two_replicas_each_with_its_own_volume_for_the_spool()
    {
        var api = Kubernetes.Get("StatefulSet", "hotline-api");
        var container = Kubernetes.Container(api);
        var dataDirectory = Kubernetes.Env(container)["Hotline__DataDirectory"];
        var claim = api.Node.At("spec", "volumeClaimTemplates").Mappings().Single();

        Assert.That(int.Parse(api.Node.Text("spec", "replicas"), CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(2));
        Assert.That(container.At("volumeMounts").Mappings().Single(mount => mount.Text("mountPath") == dataDirectory).Text("name"), Is.EqualTo(claim.Text("metadata", "name")));
        Assert.That(api.Node.Text("spec", "serviceName"), Is.EqualTo("hotline-api-pods"));
        Assert.That(Kubernetes.Get("Service", "hotline-api-pods").Node.Text("spec", "clusterIP"), Is.EqualTo("None"));
    }

    [Test]
    public void Every_workload_runs_non_root_on_a_read_only_root_with_a_writable_tmp_and_memory_limits()
    {
        var workloads = Kubernetes.Workloads.ToList();

        Assert.That(workloads.Select(workload => workload.Name), Is.EquivalentTo(new[] { "hotline-api", "hotline-worker" }));
        foreach (var workload in workloads)
        {
            var pod = Kubernetes.PodSpec(workload);
            var container = Kubernetes.Container(workload);
            var tmp = container.At("volumeMounts").Mappings().SingleOrDefault(mount => mount.Text("mountPath") == "/tmp");

            Assert.That(pod.Text("securityContext", "runAsNonRoot"), Is.EqualTo("true"), workload.ToString());
            Assert.That(container.Text("securityContext", "allowPrivilegeEscalation"), Is.EqualTo("false"), workload.ToString());
            Assert.That(container.Text("securityContext", "readOnlyRootFilesystem"), Is.EqualTo("true"), workload.ToString());
            Assert.That(container.At("securityContext", "capabilities", "drop").Items().Select(item => item.Text()), Is.EqualTo(new[] { "ALL" }));
            Assert.That(tmp, Is.Not.Null, $"{workload}: .NET needs a writable /tmp");
            Assert.That(pod.At("volumes").Mappings().Single(volume => volume.Text("name") == tmp!.Text("name")).At("emptyDir"), Is.Not.Null);
            Assert.That(Kubernetes.Env(container)["XDG_DATA_HOME"], Is.EqualTo("/tmp"), $"{workload}: the per-user data folder must be writable");
            Assert.That(container.At("resources", "requests", "memory"), Is.Not.Null, workload.ToString());
            Assert.That(container.At("resources", "limits", "memory"), Is.Not.Null, workload.ToString());
        }
    }

    [Test]
    public void Every_pod_disruption_budget_covers_a_workload_or_the_broker_and_keeps_one_pod_up()
    {
        var budgets = Kubernetes.OfKind("PodDisruptionBudget").ToList();
        var podLabels = Kubernetes.Workloads.Select(Kubernetes.PodLabels)
            .Concat(Kubernetes.OfKind("RabbitmqCluster").Select(cluster => new Dictionary<string, string> { ["app.kubernetes.io/name"] = cluster.Name }))
            .ToList();

        Assert.That(budgets.Select(budget => budget.Name), Is.EquivalentTo(new[] { "hotline-api", "hotline-worker", "hotline-rabbitmq" }));
        foreach (var budget in budgets)
        {
            var selector = Kubernetes.Labels(budget.Node.At("spec", "selector", "matchLabels"));
            Assert.That(podLabels.Count(labels => selector.All(label => labels.GetValueOrDefault(label.Key) == label.Value)), Is.EqualTo(1), budget.ToString());
            var minAvailable = budget.Node.At("spec", "minAvailable").Text();
            var maxUnavailable = budget.Node.At("spec", "maxUnavailable").Text();
            Assert.That(minAvailable is not null ? int.Parse(minAvailable, CultureInfo.InvariantCulture) >= 1 : maxUnavailable == "1", Is.True, budget.ToString());
        }
    }

    [Test]
    public void Every_config_map_a_pod_reads_is_generated_by_a_kustomization()
    {
        var referenced = Kubernetes.Workloads
            .SelectMany(workload => Kubernetes.Container(workload).At("envFrom").Mappings())
            .Select(source => source.At("configMapRef", "name").Text())
            .OfType<string>()
            .Concat(Kubernetes.OfKind("RabbitmqCluster").SelectMany(cluster => cluster.Node.At("spec", "override", "statefulSet", "spec", "template", "spec", "volumes").Mappings())
                .Select(volume => volume.At("configMap", "name").Text())
                .OfType<string>())
            .ToList();

        Assert.That(referenced, Is.Not.Empty);
        Assert.That(referenced.Distinct(), Is.SubsetOf(Kubernetes.GeneratedConfigMaps));
    }

    [Test]
    public void The_api_and_the_worker_read_the_same_configuration_and_secrets()
    {
        var sources = Kubernetes.Workloads.Select(workload => string.Join(',', Kubernetes.Container(workload).At("envFrom").Mappings()
            .Select(source => source.At("configMapRef", "name").Text() ?? "secret:" + source.Text("secretRef", "name")))).Distinct();

        Assert.That(sources, Is.EqualTo(new[] { "hotline-config,secret:hotline-secrets" }));
    }
}
