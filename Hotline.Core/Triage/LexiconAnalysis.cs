namespace Hotline.Triage;

// The lexicons' and rules' verdict on one message, with the folded text and the evidence behind it.
internal sealed record LexiconAnalysis(NormalizedText Normalized, IndicatorEvidence Evidence, TriageResult Result);
