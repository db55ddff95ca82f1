using System.Text.Json;

namespace Hotline.Tests.Infra;

public class InfraFileTests
{
    static IEnumerable<TestCaseData> YamlFiles() =>
        InfraFiles.All(".yaml", ".yml").Select(file => new TestCaseData(file).SetArgDisplayNames(InfraFiles.Relative(file)));

    static IEnumerable<TestCaseData> JsonFiles() =>
        InfraFiles.All(".json").Select(file => new TestCaseData(file).SetArgDisplayNames(InfraFiles.Relative(file)));

    [Test]
    public void There_are_files_to_check()
    {
        Assert.That(YamlFiles().Count(), Is.GreaterThanOrEqualTo(8));
        Assert.That(InfraFiles.All(".json").Select(InfraFiles.Relative), Does.Contain(Path.Combine("infra", "rabbitmq", "definitions.json")));
    }

    [TestCaseSource(nameof(YamlFiles))]
    public void Every_yaml_file_parses_and_every_document_is_a_mapping(string file)
    {
        Assert.That(InfraFiles.Yaml(file), Is.Not.Empty.And.All.Not.Null);
    }

    [TestCaseSource(nameof(JsonFiles))]
    public void Every_json_file_parses(string file)
    {
        Assert.That(() => JsonDocument.Parse(File.ReadAllText(file)).Dispose(), Throws.Nothing);
    }

    [Test]
    public void Every_kubernetes_document_names_its_api_kind_and_name()
    {
        var documents = InfraFiles.All(".yaml").Where(file => file.StartsWith(Kubernetes.Folder, StringComparison.Ordinal))
            .SelectMany(file => InfraFiles.Yaml(file).Select(node => new Manifest(file, node)))
            .Where(manifest => Path.GetFileName(manifest.File) != "kustomization.yaml")
            .ToList();

        Assert.That(documents, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var manifest in documents)
            {
                Assert.That(manifest.Node.At("apiVersion").Text(), Is.Not.Null.And.Not.Empty, manifest.ToString());
                Assert.That(manifest.Kind, Is.Not.Empty, manifest.ToString());
                Assert.That(manifest.Name, Is.Not.Empty, manifest.ToString());
            }
        });
    }

    // Every image a container runs from, with the tag kustomize's `images` gives the ones it maps.
    static IEnumerable<string> Images()
    {
        foreach (var service in Compose.ServiceNames)
        {
            yield return Compose.Service(service).Text("image");
        }

        var mapped = Kubernetes.Kustomization(Kubernetes.Folder).At("images").Mappings()
            .ToDictionary(image => image.Text("name"), image => $"{image.Text("newName")}:{image.Text("newTag")}");
        foreach (var workload in Kubernetes.Workloads)
        {
            var image = Kubernetes.Container(workload).Text("image");
            yield return mapped.GetValueOrDefault(image, image);
        }

        foreach (var cluster in Kubernetes.OfKind("RabbitmqCluster"))
        {
            yield return cluster.Node.Text("spec", "image");
        }

        foreach (var container in AppContainer.Both)
        {
            foreach (var stage in Dockerfile.Read(InfraFiles.PathOf(container.Dockerfile)).Stages)
            {
                yield return stage.Image;
            }
        }
    }

    [Test]
    public void Every_image_is_pinned_to_a_tag_other_than_latest()
    {
        var images = Images().ToList();

        Assert.That(images, Has.Count.GreaterThanOrEqualTo(10));
        Assert.Multiple(() =>
        {
            foreach (var image in images)
            {
                var slash = image.LastIndexOf('/');
                var colon = image.LastIndexOf(':');
                Assert.That(colon, Is.GreaterThan(slash), $"{image} has no tag");
                Assert.That(image[(colon + 1)..], Does.Not.Contain("latest"), $"{image} moves under our feet");
            }
        });
    }

    [Test]
    public void The_same_broker_version_runs_in_compose_and_on_kubernetes_with_the_management_plugin()
    {
        var cluster = Kubernetes.Get("RabbitmqCluster", "hotline-rabbitmq").Node.Text("spec", "image");

        Assert.That(Compose.Service("rabbitmq").Text("image"), Is.EqualTo(cluster));
        Assert.That(cluster, Does.Match(@"^rabbitmq:\d+\.\d+(\.\d+)?-management$"));
    }

    [Test]
    public void Compose_builds_each_image_from_its_dockerfile_and_kubernetes_runs_the_same_image()
    {
        foreach (var container in AppContainer.Both)
        {
            var service = Compose.Service(container.ComposeService);
            Assert.That(service.Text("build", "context"), Is.EqualTo(".."), "the Dockerfiles build from the repository root");
            Assert.That(service.Text("build", "dockerfile"), Is.EqualTo($"infra/{container.Dockerfile}"));
            Assert.That(File.Exists(InfraFiles.PathOf(container.Dockerfile)), Is.True);
            Assert.That(service.Text("image"), Does.StartWith($"{container.Image}:"));
            Assert.That(Kubernetes.Container(Kubernetes.Get(container.WorkloadKind, container.Workload)).Text("image"), Is.EqualTo(container.Image));
        }
    }
}
