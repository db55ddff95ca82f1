using Hotline.Alerts;

namespace Hotline.Tests.Alerts;

public class AlertTextTests
{
    [Test]
    public void Says_what_matters_at_a_glance_and_how_to_answer()
    {
        var text = AlertText.Compose("4821", 17, "sms", "forced_labour", "immediate", "pl", "text_only", interpreterNeeded: true);

        Assert.That(text, Does.StartWith("HOTLINE 4821: IMMEDIATE"));
        Assert.That(text, Does.Contain("forced labour").And.Contain("lang pl (interpreter needed)").And.Contain("text only, do not call").And.Contain("contact #17"));
        Assert.That(text, Does.EndWith("Reply OK 4821"));
        Assert.That(text, Has.Length.LessThanOrEqualTo(160), "one SMS segment");
    }

    [Test]
    public void Warns_loudly_when_the_phone_is_watched()
    {
        var text = AlertText.Compose("1000", 1, "voice", "unclear", "high", "da", "no_contact", interpreterNeeded: false);

        Assert.That(text, Does.Contain("DO NOT call or text back").And.Contain("call/voicemail").And.Not.Contain("interpreter"));
    }
}
