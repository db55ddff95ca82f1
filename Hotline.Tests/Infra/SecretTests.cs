using System.Text.RegularExpressions;

namespace Hotline.Tests.Infra;

// No secret is committed: Kubernetes names Secrets made by hand with kubectl (each one
// documented in infra/README.md), compose reads them from infra/.env, which git ignores.
public partial class SecretTests
{
    static readonly string Readme = File.ReadAllText(InfraFiles.PathOf("README.md"));

    // Every reference to a Secret: envFrom, secretKeyRef, volumes, KEDA's secretTargetRef.
    static IEnumerable<(string Secret, string? Key, string Where)> SecretReferences()
    {
        foreach (var workload in Kubernetes.Workloads)
        {
            var container = Kubernetes.Container(workload);
            foreach (var source in container.At("envFrom").Mappings().Where(source => source.At("secretRef") is not null))
            {
                yield return (source.Text("secretRef", "name"), null, workload.ToString());
            }

            foreach (var variable in container.At("env").Mappings().Where(variable => variable.At("valueFrom", "secretKeyRef") is not null))
            {
                yield return (variable.Text("valueFrom", "secretKeyRef", "name"), variable.Text("valueFrom", "secretKeyRef", "key"), workload.ToString());
            }
        }

        foreach (var cluster in Kubernetes.OfKind("RabbitmqCluster"))
        {
            foreach (var volume in cluster.Node.At("spec", "override", "statefulSet", "spec", "template", "spec", "volumes").Mappings().Where(volume => volume.At("secret") is not null))
            {
                yield return (volume.Text("secret", "secretName"), null, cluster.ToString());
            }
        }

        foreach (var authentication in Kubernetes.OfKind("TriggerAuthentication"))
        {
            foreach (var reference in authentication.Node.At("spec", "secretTargetRef").Mappings())
            {
                yield return (reference.Text("name"), reference.Text("key"), authentication.ToString());
            }
        }
    }

    [Test]
    public void Every_secret_the_manifests_reference_is_made_by_a_kubectl_command_in_the_readme()
    {
        var references = SecretReferences().ToList();
        var made = CreateSecret().Matches(Readme).ToDictionary(match => match.Groups["name"].Value, match => match.Value);

        Assert.That(references.Select(reference => reference.Secret).Distinct(), Is.EquivalentTo(new[] { "hotline-secrets", "hotline-rabbitmq-users" }));
        foreach (var (secret, key, where) in references)
        {
            Assert.That(made, Contains.Key(secret), $"{where} reads the Secret {secret}, which infra/README.md does not say how to make");
            if (key is not null)
            {
                Assert.That(made[secret], Does.Contain($"{key}="), $"{where} reads {key} from {secret}, which the README's command does not set");
            }
        }
    }

    [Test]
    public void The_kubectl_command_for_the_secrets_sets_what_the_services_cannot_start_without()
    {
        var command = CreateSecret().Matches(Readme).Single(match => match.Groups["name"].Value == "hotline-secrets").Value;

        Assert.That(command, Does.Contain("ConnectionStrings__Hotline=").And.Contain("ConnectionStrings__RabbitMq=")
            .And.Contain("Twilio__AuthToken=").And.Contain("Twilio__AccountSid=")
            .And.Contain("Privacy__CurrentKeyId=").And.Contain("Privacy__Keys__").And.Contain("Privacy__HashKey="));
    }

    [Test]
    public void No_secret_object_or_secret_generator_is_committed()
    {
        Assert.That(Kubernetes.OfKind("Secret"), Is.Empty);
        Assert.That(Kubernetes.KustomizationFolders.Select(folder => Kubernetes.Kustomization(folder).At("secretGenerator")), Is.All.Null);
    }

    [Test]
    public void Compose_takes_its_secrets_from_an_env_file_that_git_ignores_and_the_example_leaves_empty()
    {
        var example = InfraFiles.EnvFile(InfraFiles.PathOf(".env.example")).ToDictionary();
        var secrets = example.Keys.Where(key => key.EndsWith("PASSWORD", StringComparison.Ordinal)
            || key is "Twilio__AuthToken" or "Privacy__HashKey" || key.StartsWith("Privacy__Keys__", StringComparison.Ordinal)).ToList();

        Assert.That(File.ReadAllLines(InfraFiles.PathOf(".gitignore")), Does.Contain(".env"));
        Assert.That(secrets, Has.Count.GreaterThanOrEqualTo(5));
        Assert.That(secrets.Select(key => example[key]), Is.All.Empty);
        Assert.That(new[] { "api", "worker" }.Select(service => Compose.Service(service).Text("env_file")), Is.All.EqualTo(".env"));
    }

    [Test]
    public void Every_variable_compose_interpolates_is_listed_in_the_example_env_file()
    {
        var example = InfraFiles.EnvFile(InfraFiles.PathOf(".env.example")).Select(pair => pair.Key).ToHashSet();
        var used = Interpolation().Matches(File.ReadAllText(Compose.File)).Select(match => match.Groups[1].Value).Distinct().ToList();

        Assert.That(used, Is.SupersetOf(new[] { "MSSQL_SA_PASSWORD", "RABBITMQ_PASSWORD" }));
        Assert.That(used, Is.SubsetOf(example));
    }

    [Test]
    public void No_value_in_the_compose_file_or_the_manifests_is_a_literal_secret()
    {
        var secretNames = new[] { "Twilio__AuthToken", "Privacy__HashKey", "Privacy__Keys__", "ConnectionStrings__", "MSSQL_SA_PASSWORD" };
        var literals = Compose.ServiceNames.SelectMany(service => Compose.Environment(service))
            .Concat(Kubernetes.Workloads.SelectMany(workload => Kubernetes.Env(Kubernetes.Container(workload))))
            .Concat(InfraFiles.EnvFile(InfraFiles.PathOf("k8s/config.env")))
            .Where(variable => secretNames.Any(name => variable.Key.StartsWith(name, StringComparison.Ordinal)))
            .Where(variable => !variable.Value.Contains("${", StringComparison.Ordinal) && variable.Value.Length > 0)
            .ToList();

        Assert.That(literals, Is.Empty);
    }

    // A shell command `kubectl … create secret generic NAME …` up to the end of its line continuation.
    [GeneratedRegex(@"kubectl[^\n]*create secret generic (?<name>[a-z0-9-]+)(?:[^\n]*\\\n)*[^\n]*")]
    private static partial Regex CreateSecret();

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Interpolation();
}
