namespace Hotline.Triage;

// The combination's settings, chosen on the pooled cross-round figures (evaluate-rounds --sweep, with the
// lexicons' first looks, leave one round out and forward), never on a model scored on its own training data;
// README "Triage" has the figures. The words alone catch the danger phrasings the lexicons miss, and since v28 they
// name the form too (last paragraph). A missed immediate costs more than a false alarm, so its threshold sits as
// low as the precision goal (0.7) allows with a margin: at 0.4 precision stayed near 0.83 under both protocols
// (0.35 gave 0.79, 0.3 gave 0.72), and still does with extra-danger-and-safety.jsonl in training (0.35: 0.76-0.77,
// and "he beat me last year, now I live with my sister and I'm safe" turns immediate again). The category (then
// with the indicators) at 0.6 kept nearly all the gain and cost least where the lexicons are tuned. Re-checked on
// the first looks of v1-v20 (1,886 messages, v13-v20 alone 1,114) with the model trained on about 2,500:
// immediate at 0.35 dropped precision to 0.74-0.75 (0.72 on v13-v20); the category from 0.4 to 0.7, or a lower
// threshold over "unclear" alone, moved macro-F1 by at most 0.006 (the category not the same way under both
// protocols), so nothing changed.
// With the indirect restrictions and hard negatives of extra-danger-and-safety.jsonl, the model at 0.7 lifted
// restricted recall on the first looks from 0.870 to 0.906 (leave one out) and 0.884 (forward) at precision 0.947
// and 0.968, but it still read invitations that name the phone or number ("feel free to phone me on this number,
// it is my own", "I got a new phone, this is my number now, you can call me") as no_contact, at 0.8 as well: such a
// caller would get no call and no text at all. "phone", "number" and "back" are learnt mostly from "his phone",
// "don't text this number", "don't write back". Re-checked on v1-v22 (2,186 messages, first looks): at 0.7 recall
// rose from 0.862 to 0.907 forward and 0.926 leave one out (0.6: 0.922 and 0.949), precision 0.942 to 0.924 and
// 0.909, which meets the goal; so the model now restricts at 0.7, to text only, and never where the lexicons read an
// invitation to call (call_invited, TriageCombination), which also keeps the invitations above unrestricted.
// Since v28 (30 November) the category comes from the words alone, at 0.4. Over v1-v28 with the first looks, with the
// other thresholds off, it scored 0.801 macro-F1 forward and 0.815 leave one out, against 0.785 and 0.789 for the
// indicator model at 0.6; combined, forward, 0.787 became 0.803, and on v26, v27 and v28 0.646, 0.689 and 0.702
// became 0.798, 0.768 and 0.738. On a new message the lexicons fire less than on the rounds they were tuned on, so a
// model that learnt to trust their indicators trusts them too much; the words do not have that bias.
// Since v32 (30 November) immediate needs only 0.35 in a message read as another language (more than a few words),
// where the lexicons are thinnest. Forward over v1-v32 (3,686 messages, first looks), by group: Danish, English or too
// short to tell at 0.4 gave 0.938 recall / 0.742 precision (0.35: 0.956 / 0.681, below the goal), the other
// languages at 0.4 only 0.831 / 0.856, at 0.35 0.849 / 0.818, at 0.3 0.881 / 0.735 (0.25: 0.898 / 0.624). A missed
// immediate costs more than a false alarm, so each group sits as low as keeps its precision above the goal of 0.7
// with a margin; 0.3 also took v4's tuned precision below the goal. Pooled: 0.892 / 0.784 became 0.899 / 0.771.
// Averaging the weights of three training orders (seeds 262-264) moved nothing (0.798 macro-F1, 0.891 / 0.773
// against 0.797, 0.893 / 0.775), so one order stays.
internal static class TriageModelDefaults
{
    public static TriageModelFeatures Features { get; } = new(Category: false, Urgency: false, ContactSafety: false);

    public static CombinationThresholds Thresholds { get; } = new(Category: 0.4f, Immediate: 0.4f, Restricted: 0.7f, ImmediateWithInterpreter: 0.35f);
}
