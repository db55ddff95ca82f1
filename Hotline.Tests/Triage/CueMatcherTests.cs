using Hotline.Triage;

namespace Hotline.Tests.Triage;

public class CueMatcherTests
{
    private static readonly Lexicon English = new(
        "en",
        Negations: ["not", "nobody", "dont"],
        ScopeBreaks: ["but"],
        Conditionals: ["if"],
        Fillers: [],
        Abbreviations: new Dictionary<string, string>(),
        Cues: new Dictionary<string, IReadOnlyList<string>>
        {
            [Indicator.LockedIn] = ["locked in"],
            [Indicator.Forced] = ["forcing|forces me"],
            [Indicator.DocumentsTaken] = ["took|kept .. passport*"],
            [Indicator.SexualServices] = ["go to the client"],
            [Indicator.WorkContext] = ["farm"],
            [Indicator.ExcessiveHours] = ["# hours a day"],
            [Indicator.Organ] = ["ficou_com|sold kidney"],
        });

    private static readonly TextNormalizer Normalizer = new(new Dictionary<string, string>(), []);
    private static readonly CueMatcher Matcher = new([English]);

    private static List<string> Fired(string text) =>
        Matcher.FindAll(Normalizer.Normalize(text)).Where(match => !match.Negated).Select(match => match.Cue.Indicator).ToList();

    private static List<string> Negated(string text) =>
        Matcher.FindAll(Normalizer.Normalize(text)).Where(match => match.Negated).Select(match => match.Cue.Indicator).ToList();

    [Test]
    public void Matches_whole_words_not_parts_of_words()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Fired("we work on a farm"), Does.Contain(Indicator.WorkContext));
            Assert.That(Fired("we work on a farmhouse"), Does.Not.Contain(Indicator.WorkContext));
        });
    }

    [Test]
    public void Matches_a_stem_and_a_short_gap()
    {
        Assert.That(Fired("the boss took all our passports"), Does.Contain(Indicator.DocumentsTaken));
    }

    [Test]
    public void A_gap_does_not_reach_into_the_next_sentence()
    {
        Assert.That(Fired("he took it. passport is at home"), Does.Not.Contain(Indicator.DocumentsTaken));
    }

    [Test]
    public void Matches_any_number_and_multi_word_alternatives()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Fired("i work 16 hours a day"), Does.Contain(Indicator.ExcessiveHours));
            Assert.That(Fired("ele ficou com kidney"), Does.Contain(Indicator.Organ));
        });
    }

    [TestCase("nobody is forcing me")]
    [TestCase("I am not locked in")]
    public void A_negation_just_before_a_cue_cancels_it(string text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Fired(text), Is.Empty);
            Assert.That(Negated(text), Is.Not.Empty);
        });
    }

    [Test]
    public void A_negation_in_an_earlier_clause_does_not_cancel_a_cue()
    {
        Assert.That(Fired("I dont know, but they locked in my sister"), Does.Contain(Indicator.LockedIn));
    }

    [Test]
    public void A_negated_condition_is_not_a_denial()
    {
        Assert.That(Fired("he will cut me if i dont go to the client"), Does.Contain(Indicator.SexualServices));
    }
}
