using Hotline.Tests.Support;
using Hotline.Voice;

namespace Hotline.Tests.Voice;

public class VoiceOptionsValidatorTests
{
    [Test]
    public void Accepts_the_defaults()
    {
        Assert.That(new VoiceOptionsValidator().Validate(null, new VoiceOptions()).Succeeded, Is.True);
    }

    [Test]
    public void Names_each_wrong_key_of_a_menu_language()
    {
        var options = new VoiceOptions
        {
            Languages =
            [
                new VoiceLanguage { Digit = "3", Code = "pl", Name = "polsk", SayLanguage = "pl-PL", Prompt = "Po polsku naciśnij 3." },
                new VoiceLanguage { Digit = "3", Code = "Romanian", Name = "", SayLanguage = "ro", Prompt = "" },
            ],
        };

        var failure = new VoiceOptionsValidator().Validate(null, options).FailureMessage;

        Assert.That(failure, Does.Contain("Voice:Languages:1:Digit").And.Contain("Voice:Languages:1:Code")
            .And.Contain("Voice:Languages:1:Name").And.Contain("Voice:Languages:1:SayLanguage").And.Contain("Voice:Languages:1:Prompt"));
        Assert.That(failure, Does.Not.Contain("Voice:Languages:0"));
    }

    [TestCase("Voice:FallbackNumber", "33 00 00 00")]
    [TestCase("Voice:DialTimeoutSeconds", "300")]
    [TestCase("Voice:RosterCacheDuration", "00:10:00")]
    [TestCase("Voice:MaxRecordingSeconds", "0")]
    public void Stops_the_service_at_start_up_naming_the_key(string key, string value)
    {
        using var directory = new TestDirectory();
        using var api = new HotlineApiFactory(directory, new Dictionary<string, string> { [key] = value });

        var failure = Assert.Catch(() => api.CreateClient(), "the host started despite the wrong setting");

        Assert.That(failure!.Message + "\n" + api.Logs.AllText, Does.Contain(key));
    }
}
