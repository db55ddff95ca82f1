using System.Text.RegularExpressions;
using Hotline.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Hotline.Tests.Infra;

// The files under infra/, read the way the tools that use them read them. Nothing in infra/ can
// run here (no Docker engine, no cluster), so the tests check what those tools would see.
public static partial class InfraFiles
{
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "infra");

    public static string PathOf(string relative) => Path.Combine(Folder, relative);

    public static IEnumerable<string> All(params string[] extensions) =>
        Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Where(file => extensions.Any(extension => file.EndsWith(extension, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);

    public static string Relative(string path) => Path.GetRelativePath(RepositoryPaths.Root, path);

    // Every document of a file (a Kubernetes manifest may hold several).
    public static IReadOnlyList<YamlMappingNode> Yaml(string path)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            stream.Load(reader);
        }

        return stream.Documents.Select(document => (YamlMappingNode)document.RootNode).ToList();
    }

    // KEY=value lines, as compose's env_file and kustomize's envs read them: # starts a comment.
    public static IReadOnlyList<KeyValuePair<string, string>> EnvFile(string path) =>
        File.ReadLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .Select(parts => KeyValuePair.Create(parts[0], parts.Length > 1 ? parts[1] : ""))
            .ToList();

    // The KEY= lines that are commented out: optional settings a person is told how to switch on.
    public static IEnumerable<string> CommentedEnvKeys(string path) =>
        File.ReadLines(path).Select(line => CommentedAssignment().Match(line)).Where(match => match.Success).Select(match => match.Groups[1].Value);

    [GeneratedRegex(@"^#\s*([A-Za-z_][A-Za-z0-9_]*)=")]
    private static partial Regex CommentedAssignment();

    // The port in an ASP.NET Core URL such as http://+:8081.
    public static int PortOfUrl(string url) => int.Parse(url[(url.LastIndexOf(':') + 1)..].TrimEnd('/'), System.Globalization.CultureInfo.InvariantCulture);
}
