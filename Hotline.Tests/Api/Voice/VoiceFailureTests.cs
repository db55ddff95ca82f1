using System.Net;
using Hotline.Privacy;
using Hotline.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.Tests.Api.Voice;

// The caller is on the line: whatever breaks behind the API, Twilio gets valid TwiML, never a 500.
public class VoiceFailureTests
{
    const string Caller = "+48601234567";
    const string Fallback = "+4533000000";

    TestDirectory _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = new TestDirectory();

    [TearDown]
    public void RemoveDirectory() => _directory.Dispose();

    [Test]
    public async Task Forwards_to_the_fallback_number_when_the_database_cannot_be_opened()
    {
        await using var api = new HotlineApiFactory(_directory, DatabaseDown(new() { ["Voice:FallbackNumber"] = Fallback }));
        using var client = api.CreateClient();
        var call = VoiceCalls.CallForm(VoiceCalls.NewCallSid(), Caller);

        var (status, forward) = await new VoiceCalls(client).Post(VoiceCalls.VoiceUrl + "/menu", VoiceCalls.With(call, ("Digits", "1")));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(forward.Only("Number").Value, Is.EqualTo(Fallback));
        Assert.That(forward.Only("Dial").Attr("action"), Does.Not.Contain("staff="));
        Assert.That(forward.Only("Number").Attr("url"), Does.Contain("/twilio/voice/screen"), "the fallback is screened too");
    }

    [Test]
    public async Task Takes_a_message_when_the_database_cannot_be_opened_and_no_fallback_is_set()
    {
        await using var api = new HotlineApiFactory(_directory, DatabaseDown([]));
        using var client = api.CreateClient();
        var call = VoiceCalls.CallForm(VoiceCalls.NewCallSid(), Caller);

        var (status, voicemail) = await new VoiceCalls(client).Post(VoiceCalls.VoiceUrl + "/menu", VoiceCalls.With(call, ("Digits", "2")));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(voicemail.Verbs(), Is.EqualTo(new[] { "Say", "Record", "Hangup" }));
        Assert.That(voicemail.Only("Record").Attr("transcribe"), Is.EqualTo("true"));
    }

    [Test]
    public async Task Answers_an_exception_in_a_handler_with_a_message_and_a_recording_not_a_500()
    {
        // A protector whose current key is missing throws on the first number it seals.
        var broken = new PersonalDataProtector(Options.Create(new PrivacyOptions
        {
            CurrentKeyId = "gone",
            Keys = new() { [TestSecrets.KeyId] = TestSecrets.EncryptionKey },
            HashKey = TestSecrets.HashKey,
        }));
        await using var api = new HotlineApiFactory(_directory);
        await using var failing = api.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton(broken)));
        using var client = failing.CreateClient();

        var (status, answer) = await new VoiceCalls(client).Post(VoiceCalls.VoiceUrl, VoiceCalls.CallForm(VoiceCalls.NewCallSid(), Caller));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Name.LocalName, Is.EqualTo("Response"));
        Assert.That(answer.Verbs(), Is.EqualTo(new[] { "Say", "Say", "Record", "Hangup" }));
    }

    Dictionary<string, string> DatabaseDown(Dictionary<string, string> settings)
    {
        settings["ConnectionStrings:Hotline"] = $"Data Source={Path.Combine(_directory.Path, "missing", "hotline.db")};Mode=ReadWrite";
        settings["Hotline:MigrateOnStart"] = "false";
        return settings;
    }
}
