namespace Hotline.Tests.Infra;

// The two images Hotline builds, and where each appears under infra/ (the API is a StatefulSet
// for its spool volumes, see k8s/api.yaml). The ports are the ones
// the processes are configured to listen on: the API through ASPNETCORE_HTTP_PORTS (8080), the
// worker's health checks and metrics through Worker__Urls (http://+:8081).
public sealed record AppContainer(string Name, string Dockerfile, string WorkloadKind, string Workload, int Port, string PortVariable)
{
    public static AppContainer Api { get; } = new("api", "docker/api.Dockerfile", "StatefulSet", "hotline-api", 8080, "ASPNETCORE_HTTP_PORTS");

    public static AppContainer Worker { get; } = new("worker", "docker/worker.Dockerfile", "Deployment", "hotline-worker", 8081, "Worker__Urls");

    public static IEnumerable<AppContainer> Both => [Api, Worker];

    // The compose service and the image name (kustomize's `images` maps it to the registry).
    public string ComposeService => Name;

    public string Image => Workload;

    // The port a value of PortVariable makes the process listen on.
    public int PortIn(string value) => PortVariable == "Worker__Urls" ? InfraFiles.PortOfUrl(value) : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => Name;
}
