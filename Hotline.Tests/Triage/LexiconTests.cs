using Hotline.Triage;

namespace Hotline.Tests.Triage;

public class LexiconTests
{
    private static readonly IReadOnlyList<Lexicon> Lexicons = LexiconLibrary.LoadEmbedded();

    // Every language the hotline commonly sees must cover each family of indicators.
    private static readonly string[] RequiredLanguages =
        ["da", "en", "ro", "bg", "pl", "es", "uk", "ru", "lt", "th", "vi", "tl", "de", "pt"];

    private static readonly string[] RequiredIndicators =
    [
        Indicator.DocumentsTaken, Indicator.WagesWithheld, Indicator.Debt, Indicator.Threats, Indicator.Confinement,
        Indicator.LockedIn, Indicator.Violence, Indicator.SexualServices, Indicator.HouseholdServitude, Indicator.ForcedCrime,
        Indicator.Organ, Indicator.MovedTonight, Indicator.AcuteDanger, Indicator.ThirdParty, Indicator.CannotTalk,
        Indicator.PhoneWatched, Indicator.DoNotReply, Indicator.Enquiry, Indicator.HelpRequest,
    ];

    [TestCaseSource(nameof(RequiredLanguages))]
    public void Each_required_language_has_cues_for_every_indicator_family(string language)
    {
        var lexicon = Lexicons.SingleOrDefault(candidate => candidate.Language == language);

        Assert.That(lexicon, Is.Not.Null, $"no lexicon for {language}");
        var missing = RequiredIndicators.Where(indicator => !lexicon!.Cues.TryGetValue(indicator, out var cues) || cues.Count == 0);
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Every_cue_compiles()
    {
        Assert.That(() => new CueMatcher(Lexicons), Throws.Nothing);
    }

    [Test]
    public void Rejects_a_lexicon_with_an_unknown_indicator()
    {
        using var json = new MemoryStream("""{"language": "xx", "cues": {"passport_taken": ["took passport"]}}"""u8.ToArray());

        Assert.That(() => LexiconLibrary.Parse(json, "xx.json"), Throws.InstanceOf<InvalidDataException>());
    }

    [Test]
    public void Rejects_a_lexicon_that_repeats_a_cue_in_one_list()
    {
        using var json = new MemoryStream("""{"language": "xx", "cues": {"acute_danger": ["hiding", "help now", "hiding"]}}"""u8.ToArray());

        Assert.That(() => LexiconLibrary.Parse(json, "xx.json"), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("acute_danger: hiding"));
    }
}
