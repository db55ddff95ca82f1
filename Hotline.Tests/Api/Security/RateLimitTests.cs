using System.Net;
using Hotline.Tests.Support;

namespace Hotline.Tests.Api.Security;

public class RateLimitTests
{
    TestDirectory _directory = null!;
    HotlineApiFactory _api = null!;

    [SetUp]
    public void StartApi()
    {
        _directory = new TestDirectory();
        _api = new HotlineApiFactory(_directory, new Dictionary<string, string>
        {
            ["RateLimit:PermitLimit"] = "3",
            ["RateLimit:Window"] = "00:01:00",
        });
    }

    [TearDown]
    public async Task StopApi()
    {
        await _api.DisposeAsync();
        _directory.Dispose();
    }

    [Test]
    public async Task Answers_429_with_Retry_After_once_a_user_is_over_the_limit()
    {
        using var client = _api.CreateClient().WithToken(TestTokens.For("anna", "admin"));
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await client.GetAsync(new Uri("/api/me", UriKind.Relative));
            statuses.Add(last.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.That(last!.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
        last.Dispose();
    }

    [Test]
    public async Task Limits_each_user_on_their_own()
    {
        using var anna = _api.CreateClient().WithToken(TestTokens.For("anna", "admin"));
        using var bo = _api.CreateClient().WithToken(TestTokens.For("bo", "duty"));
        for (var i = 0; i < 4; i++)
        {
            (await anna.GetAsync(new Uri("/api/me", UriKind.Relative))).Dispose();
        }

        using var response = await bo.GetAsync(new Uri("/api/me", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Never_limits_twilio_or_the_health_probes()
    {
        using var client = _api.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var form = TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "hej"));
            using var sms = await client.SendAsync(form);
            using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
            statuses.Add(sms.StatusCode);
            statuses.Add(live.StatusCode);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("RateLimit:PermitLimit", "0", "RateLimit:PermitLimit")]
    [TestCase("RateLimit:Window", "00:00:00", "RateLimit:Window")]
    public async Task Names_a_wrong_limit_at_start_up(string key, string value, string named)
    {
        await using var api = new HotlineApiFactory(_directory, new Dictionary<string, string> { [key] = value });

        var failure = Assert.Catch(() => api.CreateClient());

        Assert.That(failure!.Message + api.Logs.AllText, Does.Contain(named));
    }
}
