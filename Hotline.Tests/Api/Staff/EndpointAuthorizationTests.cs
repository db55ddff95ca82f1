using System.Net;
using System.Net.Http.Json;
using Hotline.Api.Staff;
using Hotline.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tests.Api.Staff;

// Every endpoint outside /twilio (whose guard is the Twilio signature), /health and /metrics (open
// to the load balancer and the Prometheus scraper, and telling nothing about anyone), found from the routing
// table so that a new endpoint is covered the day it is added: no token → 401, a token without
// the endpoint's role → 403, a token with it → neither.
public class EndpointAuthorizationTests
{
    TestDirectory _directory = null!;
    HotlineApiFactory _api = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        _directory = new TestDirectory();
        _api = new HotlineApiFactory(_directory);
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        await _api.DisposeAsync();
        _directory.Dispose();
    }

    public sealed record StaffEndpoint(string Method, string Path, IReadOnlyList<string> Roles)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    static List<StaffEndpoint> StaffEndpoints()
    {
        using var directory = new TestDirectory();
        using var api = new HotlineApiFactory(directory);
        return api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => !endpoint.RoutePattern.RawText!.StartsWith("/twilio", StringComparison.Ordinal)
                               && !endpoint.RoutePattern.RawText!.StartsWith("/health", StringComparison.Ordinal)
                               && endpoint.RoutePattern.RawText != "/metrics")
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => new StaffEndpoint(
                method,
                SamplePath(endpoint.RoutePattern.RawText!),
                endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().SelectMany(data => data.Policy is { } policy ? [policy] : (data.Roles?.Split(',') ?? [])).ToList())))
            .ToList();
    }

    [TestCaseSource(nameof(StaffEndpoints))]
    public async Task Answers_401_without_a_token(StaffEndpoint endpoint)
    {
        using var client = _api.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [TestCaseSource(nameof(StaffEndpoints))]
    public async Task Answers_403_to_every_role_it_does_not_allow(StaffEndpoint endpoint)
    {
        var roles = endpoint.Roles.Intersect(Roles.All).ToList();
        foreach (var wrongRole in Roles.All.Except(roles).Where(_ => roles.Count > 0))
        {
            using var client = _api.CreateClient().WithToken(TestTokens.For("someone", wrongRole));

            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path));

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), $"role {wrongRole}");
        }
    }

    [TestCaseSource(nameof(StaffEndpoints))]
    public async Task Lets_its_own_roles_through(StaffEndpoint endpoint)
    {
        var roles = endpoint.Roles.Intersect(Roles.All).DefaultIfEmpty(Roles.Duty);
        foreach (var role in roles)
        {
            using var client = _api.CreateClient().WithToken(TestTokens.For("someone", role));

            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path));

            Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.Unauthorized).And.Not.EqualTo(HttpStatusCode.Forbidden), $"role {role}");
        }
    }

    [Test]
    public void Finds_the_endpoints_it_checks() =>
        Assert.That(StaffEndpoints().Select(endpoint => endpoint.Path), Does.Contain("/api/me"));

    [Test]
    public async Task Tells_a_signed_in_user_their_roles()
    {
        using var client = _api.CreateClient().WithToken(TestTokens.For("mette", Roles.Duty, Roles.Analyst));

        var me = await client.GetFromJsonAsync<StaffEndpoints.SignedInUser>("/api/me");

        Assert.That(me!.Name, Is.EqualTo("mette"));
        Assert.That(me.Roles, Is.EquivalentTo(new[] { Roles.Duty, Roles.Analyst }));
    }

    // Route parameters get a plausible value; the guard answers before the handler reads it.
    static string SamplePath(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, "{[^}]+}", "1");
}
