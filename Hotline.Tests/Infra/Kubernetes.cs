using YamlDotNet.RepresentationModel;

namespace Hotline.Tests.Infra;

public sealed record Manifest(string File, YamlMappingNode Node)
{
    public string Kind => Node.Text("kind");

    public string Name => Node.Text("metadata", "name");

    public override string ToString() => $"{Kind}/{Name} ({InfraFiles.Relative(File)})";
}

// infra/k8s as `kubectl apply -k infra/k8s` reads it: the manifests its kustomization lists,
// following listed folders that are kustomizations of their own.
public static class Kubernetes
{
    public static string Folder { get; } = InfraFiles.PathOf("k8s");

    public static IReadOnlyList<string> KustomizationFolders { get; } = Folders(Folder).Distinct().ToList();

    public static IReadOnlyList<Manifest> Manifests { get; } = KustomizationFolders.SelectMany(OwnManifests).ToList();

    public static YamlMappingNode Kustomization(string folder) => InfraFiles.Yaml(Path.Combine(folder, "kustomization.yaml")).Single();

    public static IEnumerable<string> Resources(string folder) =>
        Kustomization(folder).At("resources").Items().Select(item => Path.GetFullPath(Path.Combine(folder, item.Text()!)));

    // The names of the ConfigMaps the kustomizations generate.
    public static IEnumerable<string> GeneratedConfigMaps =>
        KustomizationFolders.SelectMany(folder => Kustomization(folder).At("configMapGenerator").Items().Select(generator => generator.Text("name")));

    public static Manifest Get(string kind, string name) =>
        Manifests.SingleOrDefault(manifest => manifest.Kind == kind && manifest.Name == name)
        ?? throw new AssertionException($"no {kind}/{name} in infra/k8s");

    public static IEnumerable<Manifest> OfKind(string kind) => Manifests.Where(manifest => manifest.Kind == kind);

    public static IEnumerable<Manifest> Workloads => Manifests.Where(manifest => manifest.Kind is "Deployment" or "StatefulSet");

    public static YamlNode PodSpec(Manifest workload) => workload.Node.At("spec", "template", "spec") ?? throw new AssertionException($"{workload} has no pod template");

    public static IReadOnlyDictionary<string, string> PodLabels(Manifest workload) => Labels(workload.Node.At("spec", "template", "metadata", "labels"));

    public static IReadOnlyDictionary<string, string> Labels(YamlNode? node) => node.Entries().ToDictionary(entry => entry.Key, entry => entry.Value.Text()!);

    public static YamlMappingNode Container(Manifest workload) => PodSpec(workload).At("containers").Mappings().Single();

    public static IReadOnlyDictionary<string, string> Env(YamlNode container) =>
        container.At("env").Mappings().ToDictionary(variable => variable.Text("name"), variable => variable.At("value").Text() ?? "");

    // A probe's or a Service's port: a number, or the name of one of the container's ports.
    public static int ResolvePort(YamlNode container, string port) =>
        int.TryParse(port, out var number)
            ? number
            : int.Parse(container.At("ports").Mappings().Single(named => named.At("name").Text() == port).Text("containerPort"), System.Globalization.CultureInfo.InvariantCulture);

    static IEnumerable<string> Folders(string folder) =>
        Resources(folder).Where(Directory.Exists).SelectMany(Folders).Prepend(folder);

    static IEnumerable<Manifest> OwnManifests(string folder) =>
        Resources(folder).Where(File.Exists).SelectMany(file => InfraFiles.Yaml(file).Select(node => new Manifest(file, node)));
}
