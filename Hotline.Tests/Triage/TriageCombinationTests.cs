using Hotline.Triage;

namespace Hotline.Tests.Triage;

public class TriageCombinationTests
{
    private static readonly CombinationThresholds Eager = new(0f, 0f, 0f);

    // Model verdicts that would each lower something if the combination let them.
    private static readonly TriageModelPrediction[] Lowering =
    [
        new(Category.None, 1f, 0f, 0f, ContactSafety.TextOnly),
        new(Category.Unclear, 1f, 0f, 0f, ContactSafety.NoContact),
        new(Category.OrganRemoval, 1f, 0f, 0f, ContactSafety.TextOnly),
    ];

    // The model sure of danger now (0.95) and unsure of the form (0.5, under the category threshold of 0.8): what its
    // alarm alone does to the lexicons' verdict on the text.
    private static (LexiconAnalysis Analysis, TriageResult Combined) CombinedWithTheModelAlarmed(string text, string modelCategory)
    {
        var analysis = SharedClassifier.Instance.Analyse(text, Channel.Sms, dangerKeyPressed: false);
        var alarmed = new TriageModelPrediction(modelCategory, 0.5f, 0.95f, 0.1f, ContactSafety.TextOnly);
        return (analysis, TriageCombination.Combine(analysis, alarmed, new CombinationThresholds(0.8f, 0.4f, 0.8f)));
    }

    private static IEnumerable<LexiconAnalysis> AllLabelledMessages() =>
        new[] { "train.jsonl", "holdout-v10.jsonl", "holdout-v11.jsonl", "holdout-v12.jsonl" }
            .SelectMany(file => LabelledExampleReader.ReadFile(TestData.OwnFile(file)).Examples)
            .Select(example => SharedClassifier.Instance.Analyse(example.Text, example.Channel, dangerKeyPressed: false));

    [Test]
    public void Never_lowers_an_immediate_lifts_a_restriction_or_replaces_a_named_form()
    {
        var analyses = AllLabelledMessages().ToList();
        Assert.That(analyses.Count(analysis => analysis.Result.Urgency == Urgency.Immediate), Is.GreaterThan(20), "the set must hold immediates to test");

        foreach (var analysis in analyses)
        {
            foreach (var model in Lowering)
            {
                var lexicon = analysis.Result;
                var combined = TriageCombination.Combine(analysis, model, Eager);
                Assert.Multiple(() =>
                {
                    if (lexicon.Urgency == Urgency.Immediate)
                    {
                        Assert.That(combined.Urgency, Is.EqualTo(Urgency.Immediate));
                    }

                    if (lexicon.ContactSafety != ContactSafety.Any)
                    {
                        Assert.That(combined.ContactSafety, Is.EqualTo(lexicon.ContactSafety));
                    }

                    if (lexicon.Category is not (Category.None or Category.Unclear))
                    {
                        Assert.That(combined.Category, Is.EqualTo(lexicon.Category));
                    }

                    if (lexicon.Category != Category.None)
                    {
                        Assert.That(combined.Category, Is.Not.EqualTo(Category.None));
                    }
                });
            }
        }
    }

    [Test]
    public void Leaves_the_lexicons_verdict_alone_when_the_model_is_not_sure_enough()
    {
        var analysis = SharedClassifier.Instance.Analyse("what are your opening hours", Channel.Sms, dangerKeyPressed: false);
        var unsure = new TriageModelPrediction(Category.ForcedLabour, 0.6f, 0.6f, 0.6f, ContactSafety.NoContact);

        var combined = TriageCombination.Combine(analysis, unsure, new CombinationThresholds(0.7f, 0.7f, 0.7f));

        Assert.That(combined, Is.SameAs(analysis.Result));
    }

    [Test]
    public void Says_in_the_indicators_which_fields_the_model_set()
    {
        var analysis = SharedClassifier.Instance.Analyse("hello, is anyone there", Channel.Sms, dangerKeyPressed: false);
        var sure = new TriageModelPrediction(Category.None, 0.9f, 0.95f, 0.95f, ContactSafety.TextOnly);

        var combined = TriageCombination.Combine(analysis, sure, new CombinationThresholds(0.8f, 0.8f, 0.8f));

        Assert.Multiple(() =>
        {
            Assert.That(combined.Urgency, Is.EqualTo(Urgency.Immediate));
            Assert.That(combined.Category, Is.EqualTo(Category.Unclear), "immediate with category none would contradict the taxonomy");
            Assert.That(combined.ContactSafety, Is.EqualTo(ContactSafety.TextOnly));
            Assert.That(combined.Indicators, Is.SupersetOf(new[] { Indicator.ModelUrgency, Indicator.ModelContactSafety }));
            Assert.That(combined.Indicators, Does.Not.Contain(Indicator.ModelCategory));
        });
    }

    // Where an interpreter is needed the lexicons hold fewer cues, so the model's sense of danger counts sooner.
    [TestCase("jeg bor i Odense med min kæreste og vores to katte", LanguageCode.Danish, Urgency.Low)]
    [TestCase("I live in Odense with my boyfriend and our two cats", LanguageCode.English, Urgency.Low)]
    [TestCase("Mieszkam w Odense z moim chłopakiem i naszymi dwoma kotami", "pl", Urgency.Immediate)]
    public void Raises_urgency_at_a_lower_threshold_where_an_interpreter_is_needed(string text, string language, string expected)
    {
        var analysis = SharedClassifier.Instance.Analyse(text, Channel.Sms, dangerKeyPressed: false);
        var fairlySure = new TriageModelPrediction(Category.None, 0.9f, 0.35f, 0.1f, ContactSafety.TextOnly);

        var combined = TriageCombination.Combine(analysis, fairlySure, new CombinationThresholds(0.8f, 0.4f, 0.8f, ImmediateWithInterpreter: 0.3f));

        Assert.Multiple(() =>
        {
            Assert.That(analysis.Result.Language, Is.EqualTo(language));
            Assert.That(analysis.Result.Urgency, Is.EqualTo(Urgency.Low), "the lexicons read no concern");
            Assert.That(combined.Urgency, Is.EqualTo(expected));
        });
    }

    // "Safe now" or "last year" is no danger now, however the model reads the rest; the lexicons' own danger cues still
    // make it immediate.
    [TestCase("police here, we found a girl of 15 at the address last night, she is safe with us now", false)]
    [TestCase("politiet her, vi fandt en pige på 15 på adressen i nat, hun er i sikkerhed nu", false)]
    [TestCase("I got away from them last year, but now he is outside my door and says he will kill me", true)]
    public void Does_not_make_a_contact_told_as_over_immediate_on_the_models_word_alone(string text, bool immediate)
    {
        var (analysis, combined) = CombinedWithTheModelAlarmed(text, Category.Unclear);

        Assert.Multiple(() =>
        {
            Assert.That(analysis.Evidence.Has(Indicator.Past), Is.True, "the lexicons read it as over");
            Assert.That(combined.Urgency == Urgency.Immediate, Is.EqualTo(immediate));
        });
    }

    // "Every night" is a pattern, not tonight: the model, which learnt "night" as danger, may not make it immediate on
    // its own; the lexicons' danger cues still do. An evening mentioned once is no pattern.
    [TestCase("I have to be with clients every night and he keeps all the money", true, false)]
    [TestCase("jeg skal være sammen med kunder hver nat, han tager alle pengene", true, false)]
    [TestCase("Trebuie sa stau cu clienti in fiecare noapte, el ia toti banii", true, false)]
    [TestCase("they lock us in every night and tonight he is moving us to another city", true, true)]
    [TestCase("I have to be with clients tonight and he keeps all the money", false, true)]
    public void Does_not_make_what_happens_every_night_immediate_on_the_models_word_alone(string text, bool habitual, bool immediate)
    {
        var (analysis, combined) = CombinedWithTheModelAlarmed(text, Category.SexualExploitation);

        Assert.Multiple(() =>
        {
            Assert.That(analysis.Evidence.Has(Indicator.Habitual), Is.EqualTo(habitual));
            Assert.That(combined.Urgency == Urgency.Immediate, Is.EqualTo(immediate));
        });
    }

    // One word is too little for the model to tell danger by: it would only weigh what "hjælp" meant in longer messages.
    // The lexicons' own reading of the word still holds ("SOS" is a cry for help).
    [TestCase("hjælp", false)]
    [TestCase("help", false)]
    [TestCase("hjælp mig", true)]
    public void Does_not_make_a_message_of_one_word_immediate_on_the_models_word_alone(string text, bool immediate)
    {
        var (analysis, combined) = CombinedWithTheModelAlarmed(text, Category.Unclear);

        Assert.Multiple(() =>
        {
            Assert.That(analysis.Result.Urgency, Is.Not.EqualTo(Urgency.Immediate), "the lexicons alone");
            Assert.That(combined.Urgency == Urgency.Immediate, Is.EqualTo(immediate));
        });
    }

    // Whatever language a guess on a few words lands on, it is no reason to trust the model's alarm sooner.
    [TestCase("øh hallo", Channel.Voice)]
    [TestCase("hello?", Channel.Sms)]
    [TestCase("pomocy szybko", Channel.Sms)]
    public void Keeps_the_general_threshold_on_a_text_too_short_to_tell_its_language(string text, string channel) =>
        Assert.That(TriageCombination.ReadInAnotherLanguage(SharedClassifier.Instance.Analyse(text, channel, dangerKeyPressed: false)), Is.False);

    [Test]
    public void Asks_for_text_only_where_the_model_would_forbid_any_contact()
    {
        var analysis = SharedClassifier.Instance.Analyse("what are your opening hours", Channel.Sms, dangerKeyPressed: false);
        var sure = new TriageModelPrediction(Category.None, 0.9f, 0.1f, 0.95f, ContactSafety.NoContact);

        var combined = TriageCombination.Combine(analysis, sure, new CombinationThresholds(0.8f, 0.8f, 0.8f));

        Assert.That(combined.ContactSafety, Is.EqualTo(ContactSafety.TextOnly), "a wrong no_contact would leave the caller with neither a call nor a text");
    }

    [TestCase("please call me back on this number, it is my own phone")]
    [TestCase("ring gerne til mig, det er min egen telefon")]
    [TestCase("suna-ma va rog, e telefonul meu")]
    public void Does_not_restrict_a_caller_who_asks_for_a_call(string text)
    {
        var analysis = SharedClassifier.Instance.Analyse(text, Channel.Sms, dangerKeyPressed: false);
        var sure = new TriageModelPrediction(Category.None, 0.9f, 0.1f, 0.99f, ContactSafety.NoContact);

        var combined = TriageCombination.Combine(analysis, sure, new CombinationThresholds(0.8f, 0.8f, 0.8f));

        Assert.That(analysis.Evidence.Has(Indicator.CallInvited), Is.True, "the lexicons read the invitation");
        Assert.That(combined.ContactSafety, Is.EqualTo(ContactSafety.Any));
        Assert.That(combined.Indicators, Does.Not.Contain(Indicator.CallInvited), "call_invited is not shown to the duty person");
    }

    [TestCase("test fra ny telefon, ignorer")]
    [TestCase("testing the new number from our office, please ignore")]
    public void Does_not_restrict_a_test_of_the_line(string text)
    {
        var analysis = SharedClassifier.Instance.Analyse(text, Channel.Sms, dangerKeyPressed: false);
        var sure = new TriageModelPrediction(Category.None, 0.9f, 0.1f, 0.99f, ContactSafety.TextOnly);

        var combined = TriageCombination.Combine(analysis, sure, new CombinationThresholds(0.8f, 0.8f, 0.8f));

        Assert.That(analysis.Evidence.Has(Indicator.TestMessage), Is.True, "the lexicons read a test of the line");
        Assert.That(combined.ContactSafety, Is.EqualTo(ContactSafety.Any));
    }

    [Test]
    public void Restricts_a_contact_that_names_a_form_beside_the_word_test()
    {
        // "test" here is a clinic's, not a test of the line: the model's restriction still counts.
        var analysis = SharedClassifier.Instance.Analyse(
            "the clinic did a test on a girl of 16 who says a man sells her to other men", Channel.Sms, dangerKeyPressed: false);
        var sure = new TriageModelPrediction(Category.None, 0.9f, 0.1f, 0.99f, ContactSafety.TextOnly);

        var combined = TriageCombination.Combine(analysis, sure, new CombinationThresholds(0.8f, 0.8f, 0.8f));

        Assert.That(analysis.Evidence.Has(Indicator.TestMessage), Is.True, "the lexicons read the word test");
        Assert.That(combined.Category, Is.EqualTo(Category.SexualExploitation));
        Assert.That(combined.ContactSafety, Is.EqualTo(ContactSafety.TextOnly));
    }

    [TestCase("please dont call me back, he checks the phone")]
    [TestCase("ring ikke til mig, han tjekker telefonen")]
    [TestCase("nu ma sunati, el imi verifica telefonul")]
    [TestCase("nie dzwoncie do mnie, on sprawdza telefon")]
    public void Reads_no_invitation_in_a_request_not_to_call(string text) =>
        Assert.That(SharedClassifier.Instance.Analyse(text, Channel.Sms, dangerKeyPressed: false).Evidence.Has(Indicator.CallInvited), Is.False);

    [Test]
    public void Names_the_form_when_the_lexicons_found_none()
    {
        var analysis = SharedClassifier.Instance.Analyse("what are your opening hours", Channel.Sms, dangerKeyPressed: false);
        var sure = new TriageModelPrediction(Category.ForcedLabour, 0.9f, 0.1f, 0.1f, ContactSafety.TextOnly);

        var combined = TriageCombination.Combine(analysis, sure, new CombinationThresholds(0.8f, 0.8f, 0.8f));

        Assert.That(combined.Category, Is.EqualTo(Category.ForcedLabour));
        Assert.That(combined.Urgency, Is.Not.EqualTo(Urgency.Low), "a form of exploitation is never of low urgency");
        Assert.That(combined.Indicators, Does.Contain(Indicator.ModelCategory));
    }

    [Test]
    public void Names_the_form_over_the_lexicons_unclear_at_its_own_threshold_and_over_none_at_the_category_one()
    {
        var none = SharedClassifier.Instance.Analyse("what are your opening hours", Channel.Sms, dangerKeyPressed: false);
        var unclear = none with { Result = none.Result with { Category = Category.Unclear, Urgency = Urgency.High } };
        var model = new TriageModelPrediction(Category.ForcedLabour, 0.5f, 0.1f, 0.1f, ContactSafety.TextOnly);
        var thresholds = new CombinationThresholds(0.6f, 0.8f, 0.8f, CategoryOverUnclear: 0.4f);

        Assert.Multiple(() =>
        {
            Assert.That(TriageCombination.Combine(unclear, model, thresholds).Category, Is.EqualTo(Category.ForcedLabour));
            Assert.That(TriageCombination.Combine(none, model, thresholds).Category, Is.EqualTo(Category.None));
            Assert.That(TriageCombination.Combine(unclear, model, thresholds with { CategoryOverUnclear = null }).Category, Is.EqualTo(Category.Unclear));
        });
    }

    // The model's "unclear" names no form; over a question whose writer says what it is for, it would only page the duty
    // person. Where nothing says what the contact is for, or the model names a form, it still may.
    [TestCase("the company still owes me two months of wages, can I report them?", Category.Unclear, Category.None)]
    [TestCase("min ven siger han har det fint, men han lyder ikke fint", Category.Unclear, Category.Unclear)]
    [TestCase("the company still owes me two months of wages, can I report them?", Category.ForcedLabour, Category.ForcedLabour)]
    public void Does_not_turn_a_question_into_unclear_on_the_models_doubt_alone(string text, string modelCategory, string expected)
    {
        var analysis = SharedClassifier.Instance.Analyse(text, Channel.Sms, dangerKeyPressed: false);
        var doubtful = new TriageModelPrediction(modelCategory, 0.9f, 0.1f, 0.1f, ContactSafety.TextOnly);

        var combined = TriageCombination.Combine(analysis, doubtful, new CombinationThresholds(0.4f, 0.8f, 0.8f));

        Assert.Multiple(() =>
        {
            Assert.That(analysis.Result.Category, Is.EqualTo(Category.None), "the lexicons read a question");
            Assert.That(combined.Category, Is.EqualTo(expected));
        });
    }
}
