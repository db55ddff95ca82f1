namespace Hotline.Triage;

// The model's view of one message: its likeliest category and how sure it is, the probability that the
// contact is urgent now, and that the hotline must not call (with the restriction it finds likelier).
internal sealed record TriageModelPrediction(
    string Category,
    float CategoryProbability,
    float ImmediateProbability,
    float RestrictedProbability,
    string Restriction);
