using System.Text.RegularExpressions;

namespace Hotline.Tests.Infra;

// .dockerignore as Docker applies it: patterns relative to the context root, ** for any number
// of folders, a pattern that matches a folder excludes what is below it, ! re-includes, and the
// last matching line wins.
public sealed class DockerIgnore
{
    readonly List<(Regex Pattern, bool Include)> _rules;

    DockerIgnore(List<(Regex Pattern, bool Include)> rules) => _rules = rules;

    public static DockerIgnore Read(string path) =>
        new(File.ReadLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.StartsWith('!') ? (ToRegex(line[1..]), true) : (ToRegex(line), false))
            .ToList());

    public bool Excludes(string path)
    {
        var excluded = false;
        foreach (var (pattern, include) in _rules)
        {
            if (pattern.IsMatch(path))
            {
                excluded = !include;
            }
        }

        return excluded;
    }

    static Regex ToRegex(string pattern)
    {
        var body = Regex.Escape(pattern.Trim('/'))
            .Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);
        return new Regex($"^{body}(/.*)?$");
    }
}
