using System.Net;
using Hotline.Contracts;
using Hotline.Tests.Support;
using MassTransit.Testing;
using Microsoft.AspNetCore.Http;

namespace Hotline.Tests.Api.Twilio;

// The signatures here are computed by TwilioSigner (HMAC-SHA1 by hand), not by the library the
// filter uses. Addresses are from the documentation ranges (RFC 5737); nothing leaves the process.
public class SignatureTests
{
    const string PreviousToken = "00112233445566778899aabbccddeeff";
    const string OlderToken = "ffeeddccbbaa99887766554433221100";
    const string TrustedProxy = "192.0.2.10";
    const string Stranger = "198.51.100.7";
    const string PublicSmsUrl = "https://hotline.example.org/twilio/sms";

    TestDirectory _directory = null!;
    HotlineApiFactory? _api;

    [SetUp]
    public void CreateDirectory() => _directory = new TestDirectory();

    [TearDown]
    public async Task StopApi()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        _directory.Dispose();
    }

    HotlineApiFactory Api(Dictionary<string, string>? settings = null)
    {
        _api = new HotlineApiFactory(_directory, settings, useTestHarness: true);
        _api.CreateClient().Dispose();
        return _api;
    }

    static Dictionary<string, string> Sms() => TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "hej");

    // A request as it reaches the server from a given address, with the headers a proxy (or
    // someone pretending to be one) adds.
    static async Task<int> Post(HotlineApiFactory api, string remoteAddress, Dictionary<string, string> form, string signature, params (string Name, string Value)[] headers)
    {
        var body = await new FormUrlEncodedContent(form).ReadAsByteArrayAsync();
        var context = await api.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
            http.Request.Method = HttpMethods.Post;
            http.Request.Scheme = "http";
            http.Request.Host = new HostString("localhost");
            http.Request.Path = "/twilio/sms";
            http.Request.ContentType = "application/x-www-form-urlencoded";
            http.Request.Headers["X-Twilio-Signature"] = signature;
            foreach (var (name, value) in headers)
            {
                http.Request.Headers[name] = value;
            }

            http.Request.Body = new MemoryStream(body);
        });
        return context.Response.StatusCode;
    }

    static string Sign(string url, Dictionary<string, string> form, string token = TestSecrets.AuthToken) => TwilioSigner.Sign(token, url, form);

    [TestCase(TestSecrets.AuthToken)]
    [TestCase(PreviousToken)]
    [TestCase(OlderToken)]
    public async Task Accepts_the_current_and_every_previous_token_during_a_rotation(string token)
    {
        var api = Api(new() { ["Twilio:PreviousAuthTokens:0"] = PreviousToken, ["Twilio:PreviousAuthTokens:1"] = OlderToken });
        var form = Sms();

        using var client = api.CreateClient();
        using var response = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form, token));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Refuses_a_token_that_was_rotated_out()
    {
        var api = Api(new() { ["Twilio:PreviousAuthTokens:0"] = PreviousToken });

        using var client = api.CreateClient();
        using var response = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, Sms(), OlderToken));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await api.Services.GetTestHarness().Published.Any<SmsReceived>(), Is.False);
    }

    [Test]
    public async Task Logs_when_a_previous_token_signed_so_the_operator_knows_when_to_drop_it()
    {
        var api = Api(new() { ["Twilio:PreviousAuthTokens:0"] = PreviousToken });

        using var client = api.CreateClient();
        using var response = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, Sms(), PreviousToken));

        Assert.That(api.Logs.AllText, Does.Contain("signed with previous auth token 1"));
        Assert.That(api.Logs.AllText, Does.Not.Contain(PreviousToken));
    }

    [Test]
    public async Task Checks_the_forwarded_url_of_a_trusted_proxy()
    {
        var api = Api(new() { ["Proxy:KnownProxies:0"] = TrustedProxy });
        var form = Sms();

        var status = await Post(api, TrustedProxy, form, Sign(PublicSmsUrl, form), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "hotline.example.org"), ("X-Forwarded-For", "203.0.113.1"));

        Assert.That(status, Is.EqualTo(StatusCodes.Status200OK));
    }

    [Test]
    public async Task Trusts_a_proxy_by_its_network_too()
    {
        var api = Api(new() { ["Proxy:KnownNetworks:0"] = "192.0.2.0/24" });
        var form = Sms();

        var status = await Post(api, TrustedProxy, form, Sign(PublicSmsUrl, form), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "hotline.example.org"), ("X-Forwarded-For", "203.0.113.1"));

        Assert.That(status, Is.EqualTo(StatusCodes.Status200OK));
    }

    [Test]
    public async Task Ignores_the_forwarded_host_of_an_untrusted_sender()
    {
        var api = Api(new() { ["Proxy:KnownProxies:0"] = TrustedProxy });
        var forged = Sms();
        var plain = Sms();

        var forgedStatus = await Post(api, Stranger, forged, Sign(PublicSmsUrl, forged), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "hotline.example.org"));
        var plainStatus = await Post(api, Stranger, plain, Sign(HotlineApiFactory.SmsUrl, plain), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "hotline.example.org"));

        Assert.That(forgedStatus, Is.EqualTo(StatusCodes.Status403Forbidden), "the forwarded URL must not be the one checked");
        Assert.That(plainStatus, Is.EqualTo(StatusCodes.Status200OK), "the request's own URL is");
    }

    [Test]
    public async Task Trusts_no_forwarded_headers_when_no_proxy_is_configured_not_even_from_loopback()
    {
        var api = Api();
        var form = Sms();

        var status = await Post(api, "127.0.0.1", form, Sign(PublicSmsUrl, form), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "hotline.example.org"));

        Assert.That(status, Is.EqualTo(StatusCodes.Status403Forbidden));
    }

    [Test]
    public async Task Refuses_a_forwarded_host_outside_the_allowed_hosts()
    {
        var api = Api(new() { ["Proxy:KnownProxies:0"] = TrustedProxy, ["Proxy:AllowedHosts:0"] = "hotline.example.org" });
        var form = Sms();

        var status = await Post(api, TrustedProxy, form, Sign("https://evil.example.net/twilio/sms", form), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "evil.example.net"));

        Assert.That(status, Is.EqualTo(StatusCodes.Status403Forbidden));
    }

    [Test]
    public async Task The_configured_public_url_wins_over_a_trusted_proxys_headers()
    {
        var api = Api(new() { ["Proxy:KnownProxies:0"] = TrustedProxy, ["Twilio:PublicBaseUrl"] = "https://public.example.org" });
        var viaHeaders = Sms();
        var viaConfiguration = Sms();

        var headerStatus = await Post(api, TrustedProxy, viaHeaders, Sign(PublicSmsUrl, viaHeaders), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "hotline.example.org"));
        var configuredStatus = await Post(api, TrustedProxy, viaConfiguration, Sign("https://public.example.org/twilio/sms", viaConfiguration), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "hotline.example.org"));

        Assert.That(headerStatus, Is.EqualTo(StatusCodes.Status403Forbidden));
        Assert.That(configuredStatus, Is.EqualTo(StatusCodes.Status200OK));
    }

    [Test]
    public async Task Accepts_the_url_with_the_default_port_as_twilio_may_sign_it()
    {
        var api = Api(new() { ["Twilio:PublicBaseUrl"] = "https://hotline.example.org" });
        var form = Sms();

        var status = await Post(api, Stranger, form, Sign("https://hotline.example.org:443/twilio/sms", form));

        Assert.That(status, Is.EqualTo(StatusCodes.Status200OK));
    }

    [TestCase("Twilio:PreviousAuthTokens:0", " ", "Twilio:PreviousAuthTokens")]
    [TestCase("Proxy:KnownProxies:0", "proxy.local", "Proxy:KnownProxies:0")]
    [TestCase("Proxy:KnownNetworks:0", "10.0.0.0", "Proxy:KnownNetworks:0")]
    public void Names_a_wrong_rotation_or_proxy_setting_at_start_up(string key, string value, string named)
    {
        _api = new HotlineApiFactory(_directory, new Dictionary<string, string> { [key] = value });

        var failure = Assert.Catch(() => _api.CreateClient());

        Assert.That(failure!.Message + _api.Logs.AllText, Does.Contain(named));
    }
}
