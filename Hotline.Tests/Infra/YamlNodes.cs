using YamlDotNet.RepresentationModel;

namespace Hotline.Tests.Infra;

// Reading a YAML tree by paths of keys, with the merge key (<<: *anchor) that compose files use.
public static class YamlNodes
{
    public static YamlNode? At(this YamlNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            node = node is YamlMappingNode mapping ? mapping.Entries().FirstOrDefault(entry => entry.Key == key).Value : null;
        }

        return node;
    }

    public static string? Text(this YamlNode? node) => (node as YamlScalarNode)?.Value;

    public static string Text(this YamlNode? node, params string[] path) =>
        node.At(path).Text() ?? throw new AssertionException($"{string.Join('.', path)} is missing");

    public static IEnumerable<YamlNode> Items(this YamlNode? node) => node is YamlSequenceNode sequence ? sequence.Children : [];

    public static IEnumerable<YamlMappingNode> Mappings(this YamlNode? node) => node.Items().OfType<YamlMappingNode>();

    // The entries of a mapping, those merged in by << first, so that the mapping's own win.
    public static IEnumerable<KeyValuePair<string, YamlNode>> Entries(this YamlNode? node)
    {
        if (node is not YamlMappingNode mapping)
        {
            return [];
        }

        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var merge in mapping.Children.Where(entry => entry.Key.Text() == "<<"))
        {
            foreach (var merged in merge.Value.Entries())
            {
                entries[merged.Key] = merged.Value;
            }
        }

        foreach (var (key, value) in mapping.Children.Where(entry => entry.Key.Text() != "<<"))
        {
            entries[key.Text()!] = value;
        }

        return entries;
    }
}
