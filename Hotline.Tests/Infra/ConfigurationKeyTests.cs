using System.Reflection;
using Hotline.Alerts;
using Hotline.Configuration;
using Hotline.Privacy;
using Hotline.Twilio;
using Hotline.Voice;

namespace Hotline.Tests.Infra;

// Every Section__Key that compose, the Dockerfiles or the Kubernetes manifests set must reach a
// real option: a misspelt key is silently ignored by the configuration binder, and the process
// starts with the default instead.
public class ConfigurationKeyTests
{
    static readonly Dictionary<string, Type> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        [HotlineOptions.Section] = typeof(HotlineOptions),
        [TwilioOptions.Section] = typeof(TwilioOptions),
        [PrivacyOptions.Section] = typeof(PrivacyOptions),
        [AlertOptions.Section] = typeof(AlertOptions),
        [VoiceOptions.Section] = typeof(VoiceOptions),
    };

    // Keys read by the hosts themselves rather than bound to an options class (the worker's
    // Kestrel URLs).
    static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase) { "Worker__Urls" };

    static readonly HashSet<string> ConnectionStringNames = typeof(ConnectionStrings)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (string)field.GetValue(null)!)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    // Where an environment variable name is set, for the failure message.
    static IEnumerable<(string Where, string Name)> SetVariables()
    {
        foreach (var service in Compose.ServiceNames)
        {
            foreach (var name in Compose.Environment(service).Keys)
            {
                yield return ($"compose {service}", name);
            }
        }

        var envExample = InfraFiles.PathOf(".env.example");
        foreach (var name in InfraFiles.EnvFile(envExample).Select(pair => pair.Key).Concat(InfraFiles.CommentedEnvKeys(envExample)))
        {
            yield return ("infra/.env.example", name);
        }

        var config = InfraFiles.PathOf("k8s/config.env");
        foreach (var name in InfraFiles.EnvFile(config).Select(pair => pair.Key).Concat(InfraFiles.CommentedEnvKeys(config)))
        {
            yield return ("infra/k8s/config.env", name);
        }

        foreach (var workload in Kubernetes.Workloads)
        {
            foreach (var name in Kubernetes.Env(Kubernetes.Container(workload)).Keys)
            {
                yield return (workload.ToString(), name);
            }
        }

        foreach (var key in Kubernetes.OfKind("TriggerAuthentication").SelectMany(auth => auth.Node.At("spec", "secretTargetRef").Mappings()).Select(reference => reference.Text("key")))
        {
            yield return ("a KEDA TriggerAuthentication", key);
        }

        foreach (var container in AppContainer.Both)
        {
            foreach (var name in Dockerfile.Read(InfraFiles.PathOf(container.Dockerfile)).Final.Env.Keys)
            {
                yield return (container.Dockerfile, name);
            }
        }
    }

    [Test]
    public void Every_section_key_set_under_infra_is_a_real_option()
    {
        var keys = SetVariables().Where(variable => variable.Name.Contains("__", StringComparison.Ordinal)).ToList();

        Assert.That(keys.Select(key => key.Name), Has.Some.StartsWith("Privacy__Keys__").And.Some.StartsWith("ConnectionStrings__"));
        Assert.Multiple(() =>
        {
            foreach (var (where, name) in keys)
            {
                Assert.That(Binds(name), Is.True, $"{name} (set in {where}) is not an option the services read");
            }
        });
    }

    [TestCase("Hotline__Transport")]
    [TestCase("hotline__publishtimeout")]
    [TestCase("Privacy__Keys__2026a")]
    [TestCase("Alerts__EscalateAfter__immediate")]
    [TestCase("Voice__Languages__0__Digit")]
    [TestCase("ConnectionStrings__RabbitMq")]
    [TestCase("Worker__Urls")]
    public void The_check_accepts_keys_that_bind(string name)
    {
        Assert.That(Binds(name), Is.True);
    }

    [TestCase("Hotline__Transprot")]
    [TestCase("Hotline__Transport__Kind")]
    [TestCase("Voice__Languages__first__Digit")]
    [TestCase("Voice__Languages__0__Colour")]
    [TestCase("ConnectionStrings__Rabbit")]
    [TestCase("Twillio__AuthToken")]
    public void The_check_refuses_keys_that_bind_to_nothing(string name)
    {
        Assert.That(Binds(name), Is.False);
    }

    static bool Binds(string name)
    {
        var segments = name.Split("__");
        if (segments[0].Equals("ConnectionStrings", StringComparison.OrdinalIgnoreCase))
        {
            return segments.Length == 2 && ConnectionStringNames.Contains(segments[1]);
        }

        return (Sections.TryGetValue(segments[0], out var type) && Binds(type, segments[1..])) || HostKeys.Contains(name);
    }

    // Walks the segments through the options type as the configuration binder does: properties
    // by name (any case), dictionary keys, list indexes, down to a value it converts from text.
    static bool Binds(Type type, string[] segments)
    {
        if (segments.Length == 0)
        {
            return IsScalar(type);
        }

        if (Generic(type, typeof(IDictionary<,>)) is { } dictionary)
        {
            return Binds(dictionary.GetGenericArguments()[1], segments[1..]);
        }

        if (type != typeof(string) && Generic(type, typeof(IList<>)) is { } list)
        {
            return int.TryParse(segments[0], out _) && Binds(list.GetGenericArguments()[0], segments[1..]);
        }

        var property = type.GetProperty(segments[0], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is { CanWrite: true } && Binds(property.PropertyType, segments[1..]);
    }

    static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
            || type == typeof(TimeOnly) || type == typeof(DateTimeOffset) || type == typeof(Uri) || type == typeof(Guid);
    }

    static Type? Generic(Type type, Type definition) =>
        new[] { type }.Concat(type.GetInterfaces()).FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == definition);
}
