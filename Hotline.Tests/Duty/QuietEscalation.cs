using Hotline.Alerts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;

namespace Hotline.Tests.Duty;

public static class QuietEscalation
{
    // The API without its escalation loop: the tests write each alert's steps themselves
    // (DutySeed), and a loop that took a step or alerted a coordinator meanwhile would change
    // who an alert was sent to under the test's feet.
    public static WebApplicationFactory<Program> WithoutEscalation(this WebApplicationFactory<Program> api) =>
        api.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            foreach (var loop in services.Where(service => service.ServiceType == typeof(IHostedService) && service.ImplementationType == typeof(AlertingService)).ToList())
            {
                services.Remove(loop);
            }
        }));
}
