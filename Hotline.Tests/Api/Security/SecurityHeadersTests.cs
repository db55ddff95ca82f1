using System.Net;
using Hotline.Tests.Support;

namespace Hotline.Tests.Api.Security;

public class SecurityHeadersTests
{
    TestDirectory _directory = null!;
    HotlineApiFactory _api = null!;

    [SetUp]
    public void StartApi()
    {
        _directory = new TestDirectory();
        _api = new HotlineApiFactory(_directory);
    }

    [TearDown]
    public async Task StopApi()
    {
        await _api.DisposeAsync();
        _directory.Dispose();
    }

    static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content) : "";

    [TestCase("/api/me", true)]
    [TestCase("/api/staff", false)]
    [TestCase("/health/live", false)]
    public async Task Sends_the_security_headers_on_every_staff_answer_a_401_included(string path, bool signedIn)
    {
        using var client = _api.CreateClient();
        if (signedIn)
        {
            client.WithToken(TestTokens.For("anna", "admin"));
        }

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(Header(response, "Content-Security-Policy"), Does.Contain("default-src 'self'").And.Contain("frame-ancestors 'none'"));
        Assert.That(Header(response, "X-Content-Type-Options"), Is.EqualTo("nosniff"));
        Assert.That(Header(response, "Referrer-Policy"), Is.EqualTo("no-referrer"));
        Assert.That(Header(response, "X-Frame-Options"), Is.EqualTo("DENY"));
        Assert.That(Header(response, "Cache-Control"), Does.Contain("no-store"));
    }

    [Test]
    public async Task Sends_strict_transport_security_over_https_outside_development()
    {
        using var client = _api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        using var https = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var http = await _api.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.That(Header(https, "Strict-Transport-Security"), Does.Contain("max-age=31536000"));
        Assert.That(Header(http, "Strict-Transport-Security"), Is.Empty);
    }

    [Test]
    public async Task Leaves_the_twilio_webhooks_alone()
    {
        using var client = _api.CreateClient();

        using var response = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "hej")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Header(response, "Content-Security-Policy"), Is.Empty);
    }
}
