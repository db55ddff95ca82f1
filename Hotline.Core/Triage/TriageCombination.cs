namespace Hotline.Triage;

// How the model may change the lexicons' verdict, always toward the safer answer: it may name the form when the
// lexicons found none or only "unclear", raise urgency to immediate, and ask for text only; it never lowers
// an immediate, never lifts a restriction, and never overrides a form the lexicons named.
internal static class TriageCombination
{
    public static TriageResult Combine(LexiconAnalysis analysis, TriageModelPrediction model, CombinationThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(thresholds);
        var lexicon = analysis.Result;
        var evidence = analysis.Evidence;
        var (category, urgency, callerRole, contactSafety) = (lexicon.Category, lexicon.Urgency, lexicon.CallerRole, lexicon.ContactSafety);
        var changed = new List<string>();

        var formOpen = category is Triage.Category.None or Triage.Category.Unclear;
        // The model's "unclear" names no form: over a "none" whose writer says what the contact is for ("the company
        // owes me my wages, can I report them?"), it would only page the duty person about a question. ("He says he is
        // fine, he doesn't sound fine" gives no such purpose, and the model's doubt stands.)
        var modelOnlyDoubts = category == Triage.Category.None && model.Category == Triage.Category.Unclear
            && TriageRules.StatesOtherPurpose(evidence);
        var modelNamesMore = model.Category != Triage.Category.None && model.Category != category && !modelOnlyDoubts;
        if (formOpen && modelNamesMore && model.CategoryProbability >= thresholds.CategoryOver(category))
        {
            category = model.Category;
            callerRole = TriageRules.DecideCallerRole(evidence, category);
            urgency = TriageRules.DecideUrgency(evidence, category, callerRole);
            changed.Add(Indicator.ModelCategory);
        }

        // The model learnt danger from words such as "police", "found", "now" and "tonight". It may not make a contact
        // immediate where the writer says it is over or the person is safe now ("she is safe with us now", "last
        // year"), nor where the night it learnt from is every night ("I must be with clients every night"), nor where the
        // writer says what else the contact is for and no form is named ("a 'police' number says I owe money today, is
        // that true?"), nor on a message of one word ("hjælp"), where it would only weigh what that word meant in longer
        // messages; the lexicons' own danger cues still do ("I got away last year, now he is outside", "SOS").
        var modelMayAlarm = !evidence.Has(Indicator.Past) && !evidence.Has(Indicator.Habitual)
            && analysis.Normalized.Tokens.Length > 1
            && !(category == Triage.Category.None && TriageRules.StatesOtherPurpose(evidence));
        if (lexicon.Urgency == Triage.Urgency.Immediate
            || (urgency != Triage.Urgency.Immediate && modelMayAlarm && model.ImmediateProbability >= thresholds.ImmediateIn(ReadInAnotherLanguage(analysis))))
        {
            if (lexicon.Urgency != Triage.Urgency.Immediate)
            {
                changed.Add(Indicator.ModelUrgency);
            }

            urgency = Triage.Urgency.Immediate;
            if (category == Triage.Category.None)
            {
                // Danger now is a concern whatever the form; "none" with "immediate" would contradict the taxonomy.
                category = Triage.Category.Unclear;
                callerRole = TriageRules.DecideCallerRole(evidence, category);
            }
        }

        // The model learnt "phone", "number" and "back" mostly from "his phone", "don't text this number", so it reads
        // some invitations as restrictions: never against one the lexicons found. And text only, never no contact: a
        // wrong no_contact would leave a caller with neither a call nor a text, a wrong text_only turns a call into a
        // text, and a restriction missed is a call to a phone someone else may hear ring. A test of the line ("test
        // fra ny telefon, ignorer") is nobody's phone to protect; the model, which learnt "new phone" from callers who
        // hide one, would ask for text only on it.
        var testOfTheLine = category == Triage.Category.None && evidence.Has(Indicator.TestMessage);
        if (contactSafety == Triage.ContactSafety.Any && !evidence.Has(Indicator.CallInvited) && !testOfTheLine
            && model.RestrictedProbability >= thresholds.Restricted)
        {
            contactSafety = Triage.ContactSafety.TextOnly;
            changed.Add(Indicator.ModelContactSafety);
        }

        return changed.Count == 0
            ? lexicon
            : lexicon with
            {
                Category = category,
                Urgency = urgency,
                CallerRole = callerRole,
                ContactSafety = contactSafety,
                Indicators = [.. lexicon.Indicators, .. changed],
            };
    }

    // Where the lexicons' cues are thinnest: a language other than Danish or English, read from more than a few words
    // (a guess on "øh hallo" or "hello?" is no reason to trust the model's alarm sooner).
    public static bool ReadInAnotherLanguage(LexiconAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var language = analysis.Result.Language;
        return LanguageCode.NeedsInterpreter(language) && language != LanguageCode.Undetermined
            && !LanguageIdentifier.IsShortText(analysis.Normalized);
    }

    // The model on its own, for comparison in the evaluation: its likeliest category, immediate and restricted
    // when it finds them likelier than not.
    public static TriageResult ModelAlone(TriageResult lexicon, TriageModelPrediction model) =>
        lexicon with
        {
            Category = model.Category,
            Urgency = model.ImmediateProbability >= 0.5f ? Triage.Urgency.Immediate
                : model.Category == Triage.Category.None ? Triage.Urgency.Low : Triage.Urgency.High,
            ContactSafety = model.RestrictedProbability >= 0.5f ? model.Restriction : Triage.ContactSafety.Any,
        };
}
