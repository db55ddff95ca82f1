using Microsoft.Data.SqlClient;

namespace Hotline.Tests.Infra;

public class ComposeTests
{
    [Test]
    public void Every_file_compose_mounts_exists()
    {
        var sources = Compose.ServiceNames
            .SelectMany(service => Compose.Service(service).At("volumes").Items().Select(volume => volume.Text()!.Split(':')[0]))
            .Where(source => source.StartsWith('.'))
            .ToList();

        Assert.That(sources, Is.SupersetOf(new[] { "./rabbitmq/rabbitmq.conf", "./rabbitmq/definitions.json" }));
        Assert.That(sources.Where(source => !File.Exists(InfraFiles.PathOf(source))), Is.Empty);
    }

    [Test]
    public void The_worker_waits_for_a_healthy_broker_and_database_and_the_api_for_a_ready_worker()
    {
        Assert.That(DependsOn("worker"), Is.EquivalentTo(new Dictionary<string, string> { ["rabbitmq"] = "service_healthy", ["sqlserver"] = "service_healthy" }));
        // The worker applies the migrations; the API does not.
        Assert.That(DependsOn("api"), Is.EquivalentTo(new Dictionary<string, string> { ["rabbitmq"] = "service_healthy", ["worker"] = "service_healthy" }));
        Assert.That(DependsOn("api").Keys.Concat(DependsOn("worker").Keys).Select(Compose.HealthCheck), Is.All.Not.Empty, "service_healthy needs a health check");
    }

    [Test]
    public void The_api_keeps_its_data_directory_on_a_named_volume()
    {
        var dataDirectory = Compose.Environment("api")["Hotline__DataDirectory"];
        var volume = Compose.Service("api").At("volumes").Items().Select(item => item.Text()!.Split(':')).Single(mount => mount[1] == dataDirectory);

        Assert.That(Compose.Root.At("volumes").Entries().Select(entry => entry.Key), Does.Contain(volume[0]));
        Assert.That(Dockerfile.Read(InfraFiles.PathOf(AppContainer.Api.Dockerfile)).Final.Env["Hotline__DataDirectory"], Is.EqualTo(dataDirectory));
    }

    [TestCase("api")]
    [TestCase("worker")]
    public void The_services_reach_the_broker_and_the_database_by_their_compose_names_and_ports(string service)
    {
        var environment = Compose.Environment(service);
        var secrets = new Dictionary<string, string> { ["RABBITMQ_PASSWORD"] = "secret", ["MSSQL_SA_PASSWORD"] = "Secret-1234" };
        var broker = new Uri(Compose.Interpolate(environment["ConnectionStrings__RabbitMq"], secrets));
        var database = new SqlConnectionStringBuilder(Compose.Interpolate(environment["ConnectionStrings__Hotline"], secrets));
        var published = (string name) => Compose.Service(name).At("ports").Items().Select(port => port.Text()!.Split(':')[^1]).ToList();

        Assert.That(broker.Scheme, Is.EqualTo("amqp"));
        Assert.That(broker.Host, Is.EqualTo("rabbitmq"));
        Assert.That(broker.Port, Is.EqualTo(5672));
        Assert.That(broker.UserInfo, Is.EqualTo("hotline:secret"));
        Assert.That(published("rabbitmq"), Does.Contain("5672"));
        Assert.That(database.DataSource, Is.EqualTo("sqlserver,1433"));
        Assert.That(database.Password, Is.EqualTo("Secret-1234"));
        Assert.That(published("sqlserver"), Does.Contain("1433"));
        Assert.That(environment["Hotline__Transport"], Is.EqualTo("RabbitMq"));
        Assert.That(environment["Hotline__Database"], Is.EqualTo("SqlServer"));
    }

    static Dictionary<string, string> DependsOn(string service) =>
        Compose.Service(service).At("depends_on").Entries().ToDictionary(entry => entry.Key, entry => entry.Value.Text("condition"));
}
