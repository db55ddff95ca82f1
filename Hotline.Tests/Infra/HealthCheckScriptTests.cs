using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Hotline.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tests.Infra;

// The images' health check (infra/docker/healthcheck.sh, bash's /dev/tcp since the .NET images
// have no curl), run against the real API on a real socket.
public class HealthCheckScriptTests
{
    static readonly string Script = InfraFiles.PathOf("docker/healthcheck.sh");

    [Test]
    public async Task Passes_on_the_apis_health_endpoints_and_fails_on_a_404()
    {
        using var directory = new TestDirectory();
        await using var api = new HotlineApiFactory(directory);
        api.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        api.StartServer();
        var port = new Uri(api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()).Port;

        var ready = await Eventually.Get(() => Run(port, "/health/ready"), code => code == 0, TimeSpan.FromSeconds(15));

        Assert.That(await Run(port, "/health/live"), Is.Zero);
        Assert.That(ready, Is.Zero);
        Assert.That(await Run(port, "/health/nothing-here"), Is.Not.Zero);
    }

    [Test]
    public async Task Fails_when_nothing_listens()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        Assert.That(await Run(port, "/health/live"), Is.Not.Zero);
    }

    static async Task<int> Run(int port, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("bash")
        {
            ArgumentList = { Script, port.ToString(System.Globalization.CultureInfo.InvariantCulture), path },
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }
}
