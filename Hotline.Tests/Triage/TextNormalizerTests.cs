using Hotline.Triage;

namespace Hotline.Tests.Triage;

public class TextNormalizerTests
{
    private static readonly TextNormalizer Normalizer = new(
        new Dictionary<string, string> { ["pls"] = "please", ["u"] = "you" },
        ["øh", "um"]);

    private static T[] Sequence<T>(params T[] items) => items;

    [TestCase("hjælp", "hjalp")]
    [TestCase("HJÆLP", "hjalp")]
    [TestCase("hjaelp", "hjalp")]
    [TestCase("låst", "last")]
    [TestCase("laast", "last")]
    [TestCase("søster", "soster")]
    [TestCase("soester", "soster")]
    [TestCase("løn", "lon")]
    [TestCase("și", "si")]
    [TestCase("şi", "si")]
    [TestCase("zamknięty", "zamkniety")]
    [TestCase("płaci", "placi")]
    [TestCase("không", "khong")]
    [TestCase("đánh", "danh")]
    [TestCase("Straße", "strase")]
    public void Folds_case_and_diacritics_so_spellings_meet(string written, string folded)
    {
        Assert.That(Normalizer.Normalize(written).Tokens, Is.EqualTo(Sequence(folded)));
    }

    [Test]
    public void Collapses_repeated_letters_but_not_digits()
    {
        var text = Normalizer.Normalize("heeeelp call 112 pasport passport");

        Assert.That(text.Tokens, Is.EqualTo(Sequence("help", "cal", "112", "pasport", "pasport")));
    }

    [Test]
    public void Expands_sms_abbreviations_and_joins_apostrophes()
    {
        var text = Normalizer.Normalize("pls help, u can't call");

        Assert.That(text.Tokens, Is.EqualTo(Sequence("please", "help", "you", "cant", "cal")));
    }

    [Test]
    public void Drops_voice_fillers()
    {
        var text = Normalizer.Normalize("jeg øh har um ikke fået løn");

        Assert.That(text.Tokens, Is.EqualTo(Sequence("jeg", "har", "ike", "fat", "lon")));
    }

    [Test]
    public void Marks_where_a_new_clause_starts()
    {
        var text = Normalizer.Normalize("no. they took it");

        Assert.That(text.ClauseStarts, Is.EqualTo(Sequence(true, true, false, false)));
    }

    // Arabic and Persian write their own comma and question mark, Tigrinya the Ethiopic full stop and comma.
    [TestCase("لا، أخذوا جوازي")]
    [TestCase("آیا؟ پاسپورت را گرفتند")]
    [TestCase("ሓግዙኒ። ሕጂ ዓጺዮምኒ")]
    [TestCase("ሓግዙኒ፣ ሕጂ ዓጺዮምኒ")]
    public void Ends_a_clause_at_arabic_and_ethiopic_punctuation(string written)
    {
        var text = Normalizer.Normalize(written);

        Assert.That(text.ClauseStarts.Take(3), Is.EqualTo(Sequence(true, true, false)));
    }

    [Test]
    public void Keeps_thai_marks_inside_words()
    {
        var text = Normalizer.Normalize("ช่วยด้วย");

        Assert.Multiple(() =>
        {
            Assert.That(text.Compact, Is.EqualTo("ช่วยด้วย"));
            Assert.That(text.HasUnspacedScript, Is.True);
        });
    }

    // Unicode normalisation throws on a noncharacter or an unpaired surrogate; an SMS may carry
    // one all the same. The code unit is built into the text here, as a test name can't hold it.
    [TestCase(0xFFFE)]
    [TestCase(0xFFFF)]
    [TestCase(0xD800)]
    [TestCase(0xDC00)]
    public void Folds_text_with_a_noncharacter_or_an_unpaired_surrogate_in_it(int codeUnit)
    {
        var text = $"help {(char)codeUnit} me now {(char)codeUnit}";

        Assert.That(Normalizer.Normalize(text).Tokens, Is.EqualTo(Sequence("help", "me", "now")));
    }
}
