namespace Hotline.Triage;

// A labelled message as the model trains on it: the labels, and the lexicons' analysis (folded text, indicators).
internal sealed record TriageModelExample(LabelledExample Labels, LexiconAnalysis Analysis);
