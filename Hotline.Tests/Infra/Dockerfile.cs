using System.Text.RegularExpressions;

namespace Hotline.Tests.Infra;

public sealed record DockerInstruction(string Keyword, string Arguments);

public sealed record DockerStage(string Image, string? Name, IReadOnlyList<DockerInstruction> Instructions)
{
    public IEnumerable<string> Arguments(string keyword) =>
        Instructions.Where(instruction => instruction.Keyword == keyword).Select(instruction => instruction.Arguments);

    // ENV NAME=value … (values here have no spaces).
    public IReadOnlyDictionary<string, string> Env =>
        Arguments("ENV").SelectMany(arguments => arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1]);
}

// A Dockerfile split into its stages, with continuation lines joined and comments dropped.
public sealed partial class Dockerfile
{
    Dockerfile(string path, IReadOnlyList<DockerStage> stages)
    {
        Path = path;
        Stages = stages;
    }

    public string Path { get; }

    public IReadOnlyList<DockerStage> Stages { get; }

    public DockerStage Final => Stages[^1];

    public static Dockerfile Read(string path)
    {
        var text = File.ReadAllText(path).Replace("\\\n", " ", StringComparison.Ordinal);
        var stages = new List<DockerStage>();
        List<DockerInstruction>? current = null;
        foreach (var line in text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')))
        {
            var parts = line.Split(' ', 2);
            var instruction = new DockerInstruction(parts[0].ToUpperInvariant(), parts.Length > 1 ? Spaces().Replace(parts[1], " ").Trim() : "");
            if (instruction.Keyword == "FROM")
            {
                var from = instruction.Arguments.Split(' ');
                current = [];
                stages.Add(new DockerStage(from[0], from.Length == 3 && from[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? from[2] : null, current));
            }
            else
            {
                (current ?? throw new AssertionException($"{path}: {instruction.Keyword} before FROM")).Add(instruction);
            }
        }

        return new Dockerfile(path, stages);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
