using static Hotline.Triage.Indicator;

namespace Hotline.Triage;

// Turns indicators into labels. Each method is a short ordered list of rules, strongest first,
// so the next engineer can follow (and argue with) every decision.
internal static class TriageRules
{
    private static readonly string[] Coercion =
        [DocumentsTaken, WagesWithheld, Debt, Threats, Confinement, LockedIn, Violence, ExcessiveHours, CannotLeave, Forced, Fear];

    // Coercion that only makes sense at work: withheld pay or endless hours name the form by themselves.
    private static readonly string[] LabourOnlyCoercion = [WagesWithheld, ExcessiveHours];

    // Coercion that happens anywhere: alone, it does not make a workplace the form.
    private static readonly string[] OpenFormCoercion = [Violence, Threats, Fear];

    // What a worker who says all else is fine may still ask about: pay, hours, and deductions for travel or rent.
    private static readonly string[] PayTermsCoercion = [WagesWithheld, ExcessiveHours, Debt];

    // An enquiry that says nothing has happened may still name its topic: "signs of forced labour" is no coercion.
    private static readonly string[] PayTermsOrTopicCoercion = [.. PayTermsCoercion, Forced];

    // A boss who holds papers, debt, the door or the place you sleep makes it labour; fear of "the boss",
    // threats or a beating alone leave the form open (taxonomy: fear of a boss with no work named is unclear).
    private static readonly string[] EmployerControl = [DocumentsTaken, Debt, Confinement, LockedIn, WagesWithheld, ExcessiveHours];

    // What the writer says the contact is instead: a pay claim, a question, a test, a scam, a wrong number.
    private static readonly string[] OtherPurpose =
        [WrongNumber, Enquiry, Media, Volunteering, LabourDispute, TestMessage, ScamCheck];

    // "he says he is fine" is often someone else's word for it, so it is not a purpose of its own.
    private static readonly string[] NotTrafficking = [.. OtherPurpose, NoCoercionStated];

    // What a fraud claims to get its money or code: a debt to pay today, deportation, fear.
    private static readonly string[] FraudClaims = [Debt, Threats, Fear];

    // With these, a message that asks "is this a scam?" still tells of a case: forced crime is often fraud ("they use my
    // name for fraud"), and an employer's claim ("my boss says I owe him, is that real?") is his, not a stranger's.
    private static readonly string[] ScamCheckKeepsTheCase =
        [SexualServices, ForcedCrime, Organ, Employer, AcuteDanger, MovedTonight, DangerKey, Minor, PhoneWatched, CannotTalk];

    // Danger, a cry for help or a child: with these a message tells of a case, whatever else it says. (Being locked in
    // or unable to leave is coercion, checked beside it.)
    private static readonly string[] DangerOrMinor = [AcuteDanger, MovedTonight, DangerKey, HelpRequest, Minor];

    public static string DecideCategory(IndicatorEvidence evidence)
    {
        var coercion = evidence.HasAny(Coercion);

        // A journalist asking for a comment on "organised begging" names a form but reports no case: with no
        // coercion, danger or cry for help in the message, it is a press enquiry.
        if (evidence.Has(Media) && !coercion && !evidence.HasAny(DangerOrMinor))
        {
            return Category.None;
        }

        // Someone who asks whether a call, a text or a link is a scam ("a 'police' number wanted my MitID code or I'd be
        // deported, was that real?") reports a fraud aimed at them: its debt or threat is the fraudster's claim. Anything
        // else that coerces (papers, a lock, being made to do it) keeps the case, and so does ScamCheckKeepsTheCase.
        if (evidence.Has(ScamCheck) && !HasCoercionBeyond(evidence, FraudClaims)
            && !evidence.HasAny(ScamCheckKeepsTheCase))
        {
            return Category.None;
        }

        // Forms that are exploitation by their very description; an organ only with pressure on someone
        // (debt, threats, being taken away), not a patient asking about buying one.
        if (evidence.Has(Organ) && (coercion || evidence.HasAny(MovedTonight, AcuteDanger, HappeningNow)))
        {
            return Category.OrganRemoval;
        }

        // Selling sex is not in itself exploitation (taxonomy: forced or coerced). A writer who says nobody forces them
        // and asks about tax or rules, with no coercion, no minor, no danger and no one reading the phone, asks a
        // question. "Nobody forces me, but he keeps the money" still has its coercion and stays exploitation.
        if (evidence.Has(SexualServices) && evidence.Has(NoCoercionStated) && !coercion
            && !evidence.HasAny(DangerOrMinor) && !evidence.Has(PhoneWatched))
        {
            return Category.None;
        }

        if (evidence.Has(SexualServices))
        {
            return Category.SexualExploitation;
        }

        if (evidence.Has(ForcedCrime))
        {
            return Category.ForcedCriminality;
        }

        // An ordinary pay dispute (holiday pay, wages the employer owes, a company to report), or a pay question
        // from someone who says they are fine, is not forced labour unless something else coerces, or someone
        // reads the writer's phone. Deductions the writer calls fine ("they take half for rent, otherwise all
        // is well") are part of that question.
        if (!evidence.Has(PhoneWatched)
            && ((evidence.Has(LabourDispute) && !HasCoercionBeyond(evidence, LabourOnlyCoercion))
                || (evidence.Has(NoCoercionStated)
                    && !HasCoercionBeyond(evidence, evidence.Has(Enquiry) ? PayTermsOrTopicCoercion : PayTermsCoercion))))
        {
            return Category.None;
        }

        // Household and work settings are everyday life; only with coercion are they a form of exploitation.
        if (coercion && evidence.Has(HouseholdServitude))
        {
            return Category.DomesticServitude;
        }

        if (coercion && (IsWorkStory(evidence) || evidence.HasAny(LabourOnlyCoercion)
            || (evidence.Has(Employer) && evidence.HasAny(EmployerControl))))
        {
            return Category.ForcedLabour;
        }

        // A bare "help" is taken seriously, unless the rest says it is about opening hours or holiday pay;
        // so is someone whose phone is read by another (control without a form named).
        if (coercion || evidence.HasAny(AcuteDanger, MovedTonight, DangerKey)
            || (evidence.Has(PhoneWatched) && !evidence.HasAny(NotTrafficking))
            || (evidence.Has(HelpRequest) && !evidence.HasAny(NotTrafficking)))
        {
            return Category.Unclear;
        }

        return Category.None;
    }

    public static bool StatesOtherPurpose(IndicatorEvidence evidence) => evidence.HasAny(OtherPurpose);

    public static string DecideUrgency(IndicatorEvidence evidence, string category, string callerRole)
    {
        if (evidence.Has(DangerKey))
        {
            return Urgency.Immediate;
        }

        if (category == Category.None)
        {
            return Urgency.Low;
        }

        if (IsAcute(evidence, category, callerRole))
        {
            return Urgency.Immediate;
        }

        if (evidence.Has(Past) || callerRole == CallerRole.ThirdParty)
        {
            return Urgency.Normal;
        }

        return Urgency.High;
    }

    public static string DecideCallerRole(IndicatorEvidence evidence, string category)
    {
        // The police or the tax agency in a question about a scam are the ones impersonated, not the writer.
        var impersonated = category == Category.None && evidence.Has(ScamCheck);
        if ((evidence.Has(Professional) && !impersonated) || (category == Category.None && evidence.Has(Media)))
        {
            return CallerRole.Professional;
        }

        // Volunteers, wrong numbers and tests say "I", but about nothing that concerns them.
        if (category == Category.None && evidence.HasAny(Volunteering, WrongNumber, TestMessage))
        {
            return CallerRole.Unknown;
        }

        // Victims mention relatives too ("they hit my brother"), so a relative must outweigh the first person.
        var thirdParty = evidence.Count(ThirdParty);
        var firstPerson = evidence.Count(FirstPerson);
        if (thirdParty > firstPerson)
        {
            return CallerRole.ThirdParty;
        }

        if (firstPerson > 0)
        {
            return CallerRole.Self;
        }

        if (category == Category.None)
        {
            // Someone asking about their own pay, or about a scam call they got, writes about themselves; wrong
            // numbers, volunteers and opening hours can't be placed.
            return evidence.HasAny(LabourDispute, ScamCheck) ? CallerRole.Self : CallerRole.Unknown;
        }

        // An account of exploitation with nobody else named is, in practice, the writer's own;
        // a bare "help" tells us nothing about who writes.
        return DescribesExploitation(evidence) ? CallerRole.Self : CallerRole.Unknown;
    }

    // When in doubt, the safer answer: no contact beats text only beats a phone call. A private person who tells of
    // someone else's phone ("his phone doesn't answer now", "she asked to borrow a phone") names the victim's phone,
    // not the one we would answer; a writer who also speaks of themselves ("I'm writing on my sister's phone, my
    // husband took mine") may be the victim, and the phone stays a reason not to answer. A professional who asks to be
    // called ("she asked us not to call, her phone is checked; please call me on this number") tells of the victim's
    // phone and gives their own.
    public static string DecideContactSafety(IndicatorEvidence evidence, string callerRole)
    {
        if (callerRole == CallerRole.Professional && evidence.Has(CallInvited))
        {
            return ContactSafety.Any;
        }

        return evidence.HasAny(PhoneWatched, DoNotReply)
            || (evidence.Has(SharedPhone) && (callerRole != CallerRole.ThirdParty || evidence.Has(FirstPerson)))
            ? ContactSafety.NoContact
            : evidence.Has(CannotTalk) ? ContactSafety.TextOnly
            : ContactSafety.Any;
    }

    private static bool IsAcute(IndicatorEvidence evidence, string category, string callerRole)
    {
        if (evidence.HasAny(AcuteDanger, MovedTonight))
        {
            return true;
        }

        // Police, social workers and NGOs report people already in their care ("he is with us now");
        // from them only explicit danger cues count.
        if (callerRole == CallerRole.Professional)
        {
            return false;
        }

        // With a past story ("two years ago", "I'm safe now"), only explicit danger cues count.
        if (evidence.Has(Past))
        {
            return false;
        }

        // Someone being hurt today, or crying for help while being hurt; threats and restrictions are the
        // everyday of exploitation, not acute by themselves.
        if (evidence.Has(Violence) && evidence.HasAny(HappeningNow, HelpRequest, UrgentTone))
        {
            return true;
        }

        // "hurry", "come quickly", "HELP!!!" with a cry for help or any sign of coercion: the writer says there
        // is no time, and a false alarm costs less than a missed one.
        if (evidence.Has(UrgentTone) && (evidence.Has(HelpRequest) || evidence.HasAny(Coercion)))
        {
            return true;
        }

        // A cry for help about being held, threatened or made to see men, written while it happens ("help, they won't
        // let us out now", "help, he brings men to the flat tonight").
        if (evidence.Has(HelpRequest) && evidence.Has(HappeningNow) && evidence.HasAny(Confinement, CannotLeave, Threats, Fear, SexualServices))
        {
            return true;
        }

        // A writer afraid right now who tells no ordinary work story ("tonight he takes me to another city, I am
        // scared"), or who is threatened, held or made to meet a client while afraid ("one comes to me tonight,
        // I'm scared"): the danger is the one they are in.
        if (callerRole == CallerRole.Self && evidence.Has(Fear) && evidence.Has(HappeningNow)
            && (category == Category.Unclear || evidence.HasAny(Threats, Confinement, CannotLeave, SexualServices)))
        {
            return true;
        }

        // An organ taken today or tonight leaves no time to act later.
        if (category == Category.OrganRemoval && evidence.Has(HappeningNow))
        {
            return true;
        }

        // A child who writes that they are held and afraid is at acute risk, whatever the hour (a child held
        // without fear named stays high: that is how the labelled rounds read "I'm 16 and can't leave").
        if (evidence.Has(Minor) && callerRole == CallerRole.Self && evidence.HasAny(Confinement, CannotLeave, LockedIn) && evidence.Has(Fear))
        {
            return true;
        }

        // Being locked in is acute by itself (for someone who only heard of it, when it is happening now or
        // they cry for help); so is a child being hurt, sold or used for crime today. A parent who finds out tonight
        // that their son sells for someone ("tonight I found a notebook with his debts") tells of ongoing crime, not
        // of danger now.
        return (evidence.Has(LockedIn) && (callerRole != CallerRole.ThirdParty || evidence.HasAny(HappeningNow, HelpRequest, UrgentTone)))
            || (evidence.Has(Minor) && evidence.Has(HappeningNow)
                && (evidence.HasAny(Violence, SexualServices) || (evidence.Has(ForcedCrime) && callerRole != CallerRole.ThirdParty)));
    }

    // A workplace with coercion is a story of forced labour. But when the only coercion is a beating, a threat or
    // fear, the workplace may only say where it happens ("a man is hitting a girl behind the pizzeria", "the flat
    // above the restaurant"): then it takes someone said to work there, or the boss, to name the form.
    private static bool IsWorkStory(IndicatorEvidence evidence) =>
        evidence.Has(WorkContext)
            && (HasCoercionBeyond(evidence, OpenFormCoercion) || evidence.HasAny(Working, Employer));

    private static bool DescribesExploitation(IndicatorEvidence evidence) =>
        evidence.HasAny(Coercion) || evidence.HasAny(SexualServices, ForcedCrime, Organ, MovedTonight, AcuteDanger);

    private static bool HasCoercionBeyond(IndicatorEvidence evidence, string[] allowed) =>
        Coercion.Except(allowed).Any(evidence.Has);
}
