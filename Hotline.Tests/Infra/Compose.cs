using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Hotline.Tests.Infra;

// infra/compose.yaml as `docker compose -f infra/compose.yaml` reads it.
public static partial class Compose
{
    public static string File { get; } = InfraFiles.PathOf("compose.yaml");

    public static YamlMappingNode Root { get; } = InfraFiles.Yaml(File).Single();

    public static IEnumerable<string> ServiceNames => Root.At("services").Entries().Select(entry => entry.Key);

    public static YamlNode Service(string name) => Root.At("services", name) ?? throw new AssertionException($"compose has no service {name}");

    // The service's environment, whether written as a mapping (merges included) or as a list.
    public static IReadOnlyDictionary<string, string> Environment(string service)
    {
        var environment = Service(service).At("environment");
        return environment is YamlSequenceNode list
            ? list.Children.Select(item => item.Text()!.Split('=', 2)).ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "")
            : environment.Entries().ToDictionary(entry => entry.Key, entry => entry.Value.Text() ?? "");
    }

    // A healthcheck's test as the words of the command.
    public static IReadOnlyList<string> HealthCheck(string service) =>
        Service(service).At("healthcheck", "test").Items().Select(item => item.Text()!).ToList();

    // A value with compose's ${NAME}, ${NAME:?message} and ${NAME:-default} replaced as compose
    // would with these variables set.
    public static string Interpolate(string value, IReadOnlyDictionary<string, string> variables) =>
        Variable().Replace(value, match => variables[match.Groups[1].Value]);

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:[:?-][^}]*)?\}")]
    private static partial Regex Variable();
}
