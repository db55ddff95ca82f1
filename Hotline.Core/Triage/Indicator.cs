namespace Hotline.Triage;

// Stable ids of what matched, shown to the duty person as the reason behind the labels.
// Each id is also a key in the lexicon files.
public static class Indicator
{
    // The form of exploitation.
    public const string SexualServices = "sexual_services";
    public const string HouseholdServitude = "household_servitude";
    public const string ForcedCrime = "forced_crime";
    public const string Organ = "organ";
    public const string WorkContext = "work_context";

    // Someone is said to work (a work verb, a job, pay, a shift), not only a workplace named as where it happens.
    public const string Working = "working";
    public const string Employer = "employer";

    // Coercion, after the ILO indicators of forced labour.
    public const string DocumentsTaken = "documents_taken";
    public const string WagesWithheld = "wages_withheld";
    public const string Debt = "debt";
    public const string Threats = "threats";
    public const string Confinement = "confinement";
    public const string LockedIn = "locked_in";
    public const string Violence = "violence";
    public const string ExcessiveHours = "excessive_hours";
    public const string CannotLeave = "cannot_leave";
    public const string Forced = "forced";
    public const string Fear = "fear";

    // Time and danger.
    public const string AcuteDanger = "acute_danger";
    public const string MovedTonight = "moved_tonight";
    public const string HappeningNow = "happening_now";
    public const string Minor = "minor";
    public const string Past = "past";
    public const string HelpRequest = "help_request";

    // "now she writes", "today he called me": the time word dates the report, not the danger, so a
    // happening_now cue inside it does not count. Not shown: it only takes a time word away.
    public const string ReportedNow = "reported_now";

    // "my hostel kicked me out", "threw us out of the flat": put out of a place or a job, not a blow. Like reported_now,
    // it takes away the violence cue inside it and is not shown.
    public const string PutOut = "put_out";

    // "if she leaves they will report her for theft", "the family says I stole", "my phone was stolen": a theft the writer
    // is accused of, threatened with or suffered, not one they are made to commit. Like put_out, it takes away the
    // forced_crime cue inside it and is not shown.
    public const string AccusedOfTheft = "accused_of_theft";

    // "every night", "hver aften", "în fiecare noapte": what happens night after night, told with the words the model
    // learnt as danger ("night", "evening"). Like past, it keeps the model from making the contact immediate
    // (TriageCombination); the lexicons' own danger cues still do. Not shown.
    public const string Habitual = "habitual";

    // "hurry", "come quickly", "HELP!!!": the writer signals that there is no time, without saying why.
    public const string UrgentTone = "urgent_tone";
    public const string DangerKey = "danger_key";

    // Who is writing.
    public const string Professional = "professional";
    public const string ThirdParty = "third_party";
    public const string FirstPerson = "first_person";

    // How we may answer.
    public const string CannotTalk = "cannot_talk";
    public const string PhoneWatched = "phone_watched";
    public const string DoNotReply = "do_not_reply";
    public const string SharedPhone = "shared_phone";

    // "please call me back", "ring mig op": the caller asks for a call, so the model may not restrict how we
    // answer (TriageCombination). Not shown: a cue that misses a "don't" before it must not tell the duty person
    // that a call is welcome; at worst it keeps the lexicons' own verdict on contact.
    public const string CallInvited = "call_invited";

    // Contacts that are not about trafficking.
    public const string WrongNumber = "wrong_number";
    public const string Enquiry = "enquiry";
    public const string Media = "media";
    public const string Volunteering = "volunteering";
    public const string LabourDispute = "labour_dispute";
    public const string TestMessage = "test_message";
    public const string NoCoercionStated = "no_coercion_stated";

    // "is this SMS a scam?", "someone pretending to be the police": the writer asks about a fraud aimed at them, so the
    // debt or threat in it is the fraudster's claim (TriageRules).
    public const string ScamCheck = "scam_check";

    // Not cues: the statistical model, trained on the labelled rounds, set this field (see TriageCombination).
    public const string ModelCategory = "model_category";
    public const string ModelUrgency = "model_urgency";
    public const string ModelContactSafety = "model_contact_safety";

    // In the order a duty person reads them: danger first, then what happens, then who and how to answer.
    public static IReadOnlyList<string> DisplayOrder { get; } =
    [
        DangerKey, AcuteDanger, MovedTonight, LockedIn, HappeningNow, Minor,
        SexualServices, HouseholdServitude, ForcedCrime, Organ, WorkContext, Working, Employer,
        DocumentsTaken, WagesWithheld, Debt, Threats, Confinement, Violence, ExcessiveHours,
        CannotLeave, Forced, Fear,
        Past, HelpRequest, UrgentTone,
        Professional, ThirdParty, FirstPerson,
        CannotTalk, PhoneWatched, DoNotReply, SharedPhone,
        WrongNumber, Enquiry, Media, Volunteering, LabourDispute, TestMessage, NoCoercionStated, ScamCheck,
        ModelCategory, ModelUrgency, ModelContactSafety,
    ];

    public static IReadOnlySet<string> All { get; } = DisplayOrder.Append(ReportedNow).Append(PutOut).Append(AccusedOfTheft).Append(Habitual).Append(CallInvited).ToHashSet(StringComparer.Ordinal);
}
