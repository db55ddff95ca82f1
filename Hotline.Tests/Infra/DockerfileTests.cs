using System.Xml.Linq;
using Hotline.Tests.Support;

namespace Hotline.Tests.Infra;

public class DockerfileTests
{
    static Dockerfile Read(AppContainer container) => Dockerfile.Read(InfraFiles.PathOf(container.Dockerfile));

    static IEnumerable<AppContainer> Containers => AppContainer.Both;

    [TestCaseSource(nameof(Containers))]
    public void Builds_in_an_sdk_stage_and_runs_on_the_aspnet_runtime(AppContainer container)
    {
        var dockerfile = Read(container);

        Assert.That(dockerfile.Stages, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(dockerfile.Stages[0].Image, Does.StartWith("mcr.microsoft.com/dotnet/sdk:10.0"));
        Assert.That(dockerfile.Stages[0].Arguments("RUN"), Has.Some.StartsWith("dotnet publish").And.Some.Contains("-c Release"));
        // Hotline.Core references the ASP.NET Core shared framework, so the worker needs it too.
        Assert.That(dockerfile.Final.Image, Does.StartWith("mcr.microsoft.com/dotnet/aspnet:10.0"));
        Assert.That(dockerfile.Final.Arguments("COPY"), Has.Some.StartsWith($"--from={dockerfile.Stages[0].Name} "));
    }

    [TestCaseSource(nameof(Containers))]
    public void Runs_as_the_images_non_root_user(AppContainer container)
    {
        var user = Read(container).Final.Arguments("USER").LastOrDefault();

        Assert.That(user, Is.Not.Null, "the final stage sets no USER, so it runs as root");
        Assert.That(user, Is.Not.EqualTo("root").And.Not.EqualTo("0").And.Not.StartWith("0:"));
        // $APP_UID is defined by the .NET images (uid 1654), the uid the Kubernetes manifests run as.
        Assert.That(user, Is.EqualTo("$APP_UID"));
        Assert.That(Kubernetes.PodSpec(Kubernetes.Workloads.Single(workload => workload.Name == container.Workload)).Text("securityContext", "runAsUser"), Is.EqualTo("1654"));
    }

    [TestCaseSource(nameof(Containers))]
    public void Listens_on_the_port_it_exposes_and_checks_its_health_there(AppContainer container)
    {
        var final = Read(container).Final;

        Assert.That(final.Env, Contains.Key(container.PortVariable));
        Assert.That(container.PortIn(final.Env[container.PortVariable]), Is.EqualTo(container.Port));
        Assert.That(final.Arguments("EXPOSE"), Is.EqualTo(new[] { container.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.That(final.Arguments("HEALTHCHECK").Single(), Does.EndWith($"CMD [\"healthcheck\", \"{container.Port}\", \"/health/live\"]"));
    }

    [TestCaseSource(nameof(Containers))]
    public void Starts_the_assembly_its_project_publishes(AppContainer container)
    {
        var dockerfile = Read(container);
        var project = ProjectOf(dockerfile);

        Assert.That(dockerfile.Final.Arguments("ENTRYPOINT").Single(), Is.EqualTo($"[\"dotnet\", \"{Path.GetFileNameWithoutExtension(project)}.dll\"]"));
    }

    // The restore runs before the sources are copied: every project it needs, and the central
    // build and package settings, must have been copied by then.
    [TestCaseSource(nameof(Containers))]
    public void Copies_every_project_file_and_the_build_settings_before_the_restore(AppContainer container)
    {
        var build = Read(container).Stages[0];
        var beforeRestore = build.Instructions.TakeWhile(instruction => !(instruction.Keyword == "RUN" && instruction.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal)));
        var copied = beforeRestore.Where(instruction => instruction.Keyword == "COPY").SelectMany(instruction => instruction.Arguments.Split(' ')[..^1]).ToList();
        var project = ProjectOf(Read(container));

        Assert.That(copied, Is.SupersetOf(new[] { "Directory.Build.props", "Directory.Packages.props", ".editorconfig" }));
        Assert.That(copied, Is.SupersetOf(ProjectClosure(project).Select(path => Path.GetRelativePath(RepositoryPaths.Root, path))));
    }

    // The build context is the repository root (compose's `context: ..`), filtered by .dockerignore.
    [TestCaseSource(nameof(Containers))]
    public void Copies_only_paths_that_exist_and_that_dockerignore_lets_through(AppContainer container)
    {
        var ignore = DockerIgnore.Read(Path.Combine(RepositoryPaths.Root, ".dockerignore"));
        var sources = Read(container).Stages
            .SelectMany(stage => stage.Arguments("COPY"))
            .Where(arguments => !arguments.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(arguments => arguments.Split(' ').Where(word => !word.StartsWith("--", StringComparison.Ordinal)).SkipLast(1))
            .ToList();

        Assert.That(sources, Is.Not.Empty);
        foreach (var source in sources)
        {
            var path = Path.Combine(RepositoryPaths.Root, source);
            Assert.That(File.Exists(path) || Directory.Exists(path), Is.True, $"COPY {source}: no such file");
            Assert.That(ignore.Excludes(source.TrimEnd('/')), Is.False, $"COPY {source}: excluded by .dockerignore");
        }
    }

    [Test]
    public void Dockerignore_keeps_build_output_and_secrets_out_of_the_context()
    {
        var ignore = DockerIgnore.Read(Path.Combine(RepositoryPaths.Root, ".dockerignore"));

        Assert.That(ignore.Excludes("Hotline.Api/bin/Debug/net10.0/Hotline.Api.dll"), Is.True);
        Assert.That(ignore.Excludes("Hotline.Core/obj/project.assets.json"), Is.True);
        Assert.That(ignore.Excludes("infra/.env"), Is.True);
        Assert.That(ignore.Excludes("hotline.db"), Is.True);
        Assert.That(ignore.Excludes("Hotline.Api/Program.cs"), Is.False);
    }

    static string ProjectOf(Dockerfile dockerfile)
    {
        var publish = dockerfile.Stages[0].Arguments("RUN").Single(run => run.StartsWith("dotnet publish", StringComparison.Ordinal));
        return Path.Combine(RepositoryPaths.Root, publish.Split(' ')[2]);
    }

    static IEnumerable<string> ProjectClosure(string project) =>
        XDocument.Load(project).Descendants("ProjectReference")
            .Select(reference => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, reference.Attribute("Include")!.Value)))
            .SelectMany(ProjectClosure)
            .Prepend(project)
            .Distinct();
}
